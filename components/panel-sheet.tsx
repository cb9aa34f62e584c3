'use client';
import { useRef, useState, type ReactNode, type PointerEvent } from 'react';
import { usePathname } from 'next/navigation';
import { initialSheet, nextSheet, type SheetState } from '@/lib/sheet';
import { parseRoute } from '@/lib/urls';

const LABEL: Record<SheetState, string> = {
  collapsed: 'Show more of the panel',
  half: 'Expand the panel',
  full: 'Collapse the panel',
};

/**
 * The side panel; on a phone, a bottom sheet over the map with three heights (collapsed, half,
 * full): tap the handle to step through them, or drag it. Selecting a place opens it to half.
 */
export function PanelSheet({ label, children }: { label: string; children: ReactNode }) {
  const path = usePathname();
  const route = parseRoute(path ?? '/');
  const selected = route.view === 'places' && route.id !== undefined;
  const [state, setState] = useState<SheetState>(initialSheet(selected));
  const [shownPath, setShownPath] = useState(path);
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const ref = useRef<HTMLElement>(null);
  const drag = useRef<{ startY: number; startH: number; moved: boolean } | null>(null);
  // A drag ends with a click event too; that click must not step the sheet once more.
  const dragged = useRef(false);

  // Adjusted while rendering (not in an effect), so the sheet has its new height in the same
  // commit as the new URL, when the map fits the place into the part left free.
  if (path !== shownPath) {
    setShownPath(path);
    if (selected) setState(nextSheet(state, { type: 'select' }));
  }

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    drag.current = { startY: e.clientY, startH: ref.current?.offsetHeight ?? 0, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const dy = d.startY - e.clientY;
    if (Math.abs(dy) > 6) d.moved = true;
    if (d.moved) setDragHeight(Math.max(64, d.startH + dy));
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    dragged.current = !!d?.moved;
    if (!d?.moved || dragHeight === null) return;
    const parent = ref.current?.parentElement?.offsetHeight ?? window.innerHeight;
    setState(nextSheet(state, { type: 'drop', ratio: dragHeight / parent }));
    setDragHeight(null);
  };
  const onClick = () => {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    setState(nextSheet(state, { type: 'tap' }));
  };

  return (
    <aside
      ref={ref}
      className={`panel sheet sheet--${state}`}
      aria-label={label}
      data-sheet={state}
      style={dragHeight !== null ? { height: dragHeight, transition: 'none' } : undefined}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={LABEL[state]}
        aria-expanded={state !== 'collapsed'}
        onClick={onClick}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <span aria-hidden="true" />
      </button>
      {children}
    </aside>
  );
}
