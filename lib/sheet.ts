/**
 * The phone's bottom sheet (components/panel-sheet.tsx) as a pure function: three heights, and
 * what taps, drags and selections do to them.
 */
export type SheetState = 'collapsed' | 'half' | 'full';

export type SheetEvent =
  /** A tap on the handle: collapsed → half → full → collapsed. */
  | { type: 'tap' }
  /** A place was selected (a new place URL): a collapsed sheet opens to half. */
  | { type: 'select' }
  /** A drag ended with the sheet at `ratio` of the available height: snap to the nearest. */
  | { type: 'drop'; ratio: number };

const ORDER: readonly SheetState[] = ['collapsed', 'half', 'full'];

/** A place page opens with its excerpts half in view; the list of places starts out of the way. */
export const initialSheet = (selected: boolean): SheetState => (selected ? 'half' : 'collapsed');

export function nextSheet(state: SheetState, event: SheetEvent): SheetState {
  switch (event.type) {
    case 'tap':
      return ORDER[(ORDER.indexOf(state) + 1) % ORDER.length];
    case 'select':
      return state === 'collapsed' ? 'half' : state;
    case 'drop':
      // Snap to the nearest of the three heights (128 px, half, all but the header).
      return event.ratio < 0.3 ? 'collapsed' : event.ratio < 0.72 ? 'half' : 'full';
  }
}
