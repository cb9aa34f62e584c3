'use client';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { fetchJson } from '@/lib/fetch-json';
import { useFetched } from '@/lib/use-fetched';
import {
  asTimeline,
  barsOf,
  eventsOf,
  extentOf,
  inRange,
  monthLabel,
  monthOf,
  monthValue,
  parseWhen,
  rangeLabel,
  spansInRange,
  undatedCount,
  type Bars,
  type InRange,
  type Month,
  type Range,
  type TimelineData,
} from '@/lib/timeline';
import { usePlaces } from '@/lib/use-places';
import { keepsRange, timelineDataPath, withRange } from '@/lib/range-urls';
import { mapRoute, placePath, rangeOf, type MonthRange } from '@/lib/urls';

const fetchTimeline = (url: string) => fetchJson(url, asTimeline);

// One formatter: toLocaleString makes a new one at each call, and the panel's 2,000 entries add up.
const NUMBER = new Intl.NumberFormat('en');
const n = (k: number) => NUMBER.format(k);
const mentionsText = (k: number) => `${n(k)} ${k === 1 ? 'mention' : 'mentions'}`;
const toMonths = (r: MonthRange): Range => ({ from: monthOf(r.from), to: monthOf(r.to) });
const toValues = (r: Range): MonthRange => ({ from: monthValue(r.from), to: monthValue(r.to) });
/** How long the keys must rest before a run of moves goes into the address bar. */
const RUN_PAUSE_MS = 400;

/** The chart's bar area and the lanes of spans under it, in the SVG's units (a month is 1 wide). */
const BAR_H = 30;
const LANE_H = 4;
const LANES = 4;

type Props = {
  /** Hidden by its reader: the range (if any) still applies, said in one line. */
  collapsed: boolean;
  setOpen: (open: boolean) => void;
};

/**
 * The timeline under the map: the count of mentions over time (a bar per month for dates within
 * a month; a span for a year or a range, never a point), the articles' publication dates, and a
 * range, brushed, picked or moved from the keyboard, that filters the map, the lists and the
 * counts. The range lives in the URL; nothing else holds it, but for a run of moves from the
 * keyboard, held here until the keys rest (or the reader does anything else), then written there.
 */
export function Timeline({ collapsed, setOpen }: Props) {
  const path = usePathname() ?? '/';
  const search = useSearchParams();
  const router = useRouter();
  const url = timelineDataPath(path);
  const { data, error, retry } = useFetched(url, fetchTimeline);
  const places = usePlaces().data?.features;
  const names = useMemo(
    () => new Map((places ?? []).map((p) => [p.id, p.properties.name])),
    [places],
  );
  const inUrl = rangeOf(search);
  const urlRange = useMemo(() => (inUrl ? toMonths(inUrl) : undefined), [inUrl?.from, inUrl?.to]); // eslint-disable-line react-hooks/exhaustive-deps
  // A run of moves (a key held down or pressed again and again) shows at once on the map, the
  // lists and the chart; the address bar takes the run's last range once it pauses (RUN_PAUSE_MS),
  // so the router's own round of rendering comes after the run, not between two of its moves.
  const run = useRef<{
    range: Range | undefined;
    path: string;
    target: string;
    timer: number;
  } | null>(null);
  const [moving, setMoving] = useState<{ range: Range | undefined } | null>(null);
  const range = moving ? moving.range : urlRange;
  const asked = moving ? moving.range && toValues(moving.range) : inUrl;
  const scope = mapRoute(path).id;

  /**
   * The run's pending range goes into the address bar now; on another page by then (nothing
   * should get there first, but a page's address is never replaced by the last one's), the run is
   * dropped.
   */
  const endRun = () => {
    const r = run.current;
    if (!r) return;
    window.clearTimeout(r.timer);
    run.current = null;
    if (window.location.pathname === r.path) window.history.replaceState(null, '', r.target);
    else setMoving(null);
  };
  // Once the URL has a new range (the router has rendered it), the URL is the range again; a run
  // cut short by leaving the timeline still ends in the URL.
  useEffect(() => {
    if (!run.current) setMoving(null);
  }, [urlRange]);
  useEffect(() => {
    // Back or Forward in the middle of a run: the history's entry wins, the run is dropped.
    const drop = () => {
      if (run.current) window.clearTimeout(run.current.timer);
      run.current = null;
      setMoving(null);
    };
    window.addEventListener('popstate', drop);
    // Anything else the reader does starts from the URL (a mark's click or a briefing's keys keep
    // the range by reading it: lib/urls.ts keepRange): a press of the pointer anywhere ends the run
    // first, as do any key but the range's own and leaving the range's keys (RangeKeys).
    window.addEventListener('pointerdown', endRun, true);
    return () => {
      window.removeEventListener('popstate', drop);
      window.removeEventListener('pointerdown', endRun, true);
      endRun();
    };
  }, []);
  /** The range as it stands, the run's pending one first: a key pressed again quickly moves on from it. */
  const latest = () => {
    if (run.current) return run.current.range;
    const now = rangeOf(window.location.search);
    return now && toMonths(now);
  };

  /**
   * Sets the range (or clears it) in the URL: `replace` for moves that come in runs (the keys),
   * which reach the URL when the run pauses; any other change is a new entry in the history.
   */
  const go = (next: Range | undefined, replace = false) => {
    // The map and the lists follow at once, in the task of the key press or the click.
    if (data) applyRange(next && keptOf(data, next), next);
    const target = withRange(
      window.location.pathname + window.location.search + window.location.hash,
      next && toValues(next),
    );
    if (replace) {
      if (run.current) window.clearTimeout(run.current.timer);
      run.current = {
        range: next,
        path: window.location.pathname,
        target,
        timer: window.setTimeout(endRun, RUN_PAUSE_MS),
      };
      setMoving({ range: next });
    } else {
      if (run.current) window.clearTimeout(run.current.timer);
      run.current = null;
      setMoving({ range: next });
      window.history.pushState(null, '', target);
    }
  };

  const kept = data && range ? keptOf(data, range) : undefined;
  // The query too: another page of a place's excerpts (`?page=2`) is new excerpts to mark.
  useApplyRange(kept, range, `${path}?${search.toString()}`);
  // What depends on the data alone, worked out once per load: a move of the range (a key held
  // down, a brush) renders again, and each of these reads every dated mention of the collection.
  const whole = useMemo(
    () =>
      data && {
        extent: extentOf(data),
        undated: undatedCount(data),
        dated: inRange(data, { from: -Infinity, to: Infinity }).mentions,
        bars: barsOf(data),
      },
    [data],
  );
  const scoped = !!data && !!scope && data.places.includes(scope);
  const events = useMemo(
    () => (data ? eventsOf(data, scoped ? scope : undefined) : []),
    [data, scoped, scope],
  );

  // Links to other views with the map keep the range (server-rendered lists know nothing of it).
  useEffect(
    function keepRangeOnLinks() {
      if (!asked) return;
      const onClick = (e: MouseEvent) => {
        if (
          e.defaultPrevented ||
          e.button !== 0 ||
          e.metaKey ||
          e.ctrlKey ||
          e.shiftKey ||
          e.altKey
        )
          return;
        const a = (e.target as Element | null)?.closest?.('a[href]');
        if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute('download')) return;
        if (a.origin !== window.location.origin || rangeOf(a.search) || !keepsRange(a.pathname))
          return;
        e.preventDefault();
        e.stopPropagation();
        router.push(withRange(a.pathname + a.search + a.hash, asked));
      };
      window.addEventListener('click', onClick, true);
      return () => window.removeEventListener('click', onClick, true);
    },
    [asked, router],
  );

  if (error)
    return (
      <div className="timeline-status" role="alert">
        <p>
          <strong>Could not load the timeline.</strong> The map and the lists are not filtered.{' '}
          <span className="load-error-detail">({(error as Error).message})</span>
        </p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    );
  if (!data || !whole)
    return (
      <p className="timeline-status" role="status">
        Loading the timeline…
      </p>
    );

  const { extent, undated, dated, bars } = whole;
  const summary = extent
    ? range && kept
      ? `${rangeLabel(range)}: ${mentionsText(kept.mentions)} of ${n(kept.counts.size)} ${kept.counts.size === 1 ? 'place' : 'places'}, of ${n(dated)} dated. ${mentionsText(undated)} with no date ${undated === 1 ? 'is' : 'are'} not in any range.`
      : `${mentionsText(dated)} with a date, ${rangeLabel(extent)}; ${mentionsText(undated)} undated. Brush or pick a range to filter the map.`
    : `No mention has a date yet; ${mentionsText(undated)} undated.`;

  if (collapsed)
    return (
      <div className="timeline timeline--collapsed">
        <p className="timeline-summary" aria-live="polite">
          {summary}
        </p>
        <button type="button" onClick={() => setOpen(true)} aria-expanded="false">
          Show timeline
        </button>
        <button type="button" onClick={() => go(undefined)}>
          Clear range
        </button>
      </div>
    );

  const domain: Range = extent ?? { from: monthOf('2021-12'), to: monthOf('2021-12') };
  const at = range ? events.findIndex((e) => e.from === range.from && e.to === range.to) : -1;
  const prev =
    at > 0 ? at - 1 : at < 0 && range ? lastIndex(events, (e) => e.from < range.from) : -1;
  const next =
    at >= 0
      ? at + 1 < events.length
        ? at + 1
        : -1
      : range
        ? events.findIndex((e) => e.from > range.from)
        : events.length
          ? 0
          : -1;
  const scopeName = scope && scoped && events.length ? names.get(scope) : undefined;

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading" className="timeline-title">
          Timeline
        </h2>
        <p className="timeline-summary" aria-live="polite">
          {summary}
        </p>
        <span
          className="timeline-steps"
          role="group"
          aria-label={`Events${scopeName ? ` in ${scopeName}` : ''}, in order`}
        >
          <button type="button" disabled={prev < 0} onClick={() => go(events[prev])}>
            ← Previous event
          </button>
          <button type="button" disabled={next < 0} onClick={() => go(events[next])}>
            Next event →
          </button>
          <span className="timeline-step">
            {at >= 0
              ? `Event ${at + 1} of ${events.length}${scopeName ? ` in ${scopeName}` : ''}: ${mentionsText(events[at].count)}`
              : `${n(events.length)} ${events.length === 1 ? 'event' : 'events'}${scopeName ? ` in ${scopeName}` : ''}`}
          </span>
        </span>
        <button
          type="button"
          className="timeline-hide"
          onClick={() => setOpen(false)}
          aria-expanded="true"
        >
          Hide
        </button>
      </div>
      <Chart data={data} bars={bars} domain={domain} range={range} onRange={go} />
      <div className="timeline-controls">
        <RangeKeys domain={domain} range={range} onRange={go} latest={latest} endRun={endRun} />
        <RangePicker domain={domain} range={range} onRange={(r) => go(r)} />
        {range ? (
          <button type="button" onClick={() => go(undefined)}>
            Clear range
          </button>
        ) : null}
        <details className="timeline-table">
          <summary>As text</summary>
          <ChartText data={data} bars={bars} />
        </details>
        <Undated data={data} names={names} />
      </div>
    </section>
  );
}

function lastIndex<T>(list: readonly T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/** What a range keeps, the last one asked for kept: a move is worked out once, not at each render. */
let last: { data: TimelineData; from: Month; to: Month; kept: InRange } | undefined;
function keptOf(data: TimelineData, range: Range): InRange {
  if (last?.data !== data || last.from !== range.from || last.to !== range.to)
    last = { data, ...range, kept: inRange(data, range) };
  return last.kept;
}

/** What the map was last told, so that the URL's echo of a move does not redraw it. */
let told: { kept: InRange | undefined } | undefined;

/**
 * Applies the range outside the timeline: the map draws only the places it keeps (map-range.d.ts),
 * and the panel's lists hide what it leaves out (`data-out-of-range` on a list's entry or an
 * excerpt, styled in globals.css) and say how many mentions of each place are in it. The panel is
 * rendered on the server and knows nothing of the range; it marks its entries with `data-place`
 * and `data-when`.
 */
function applyRange(kept: InRange | undefined, range: Range | undefined) {
  const key = range ? `${monthValue(range.from)}/${monthValue(range.to)}` : '';
  if (told?.kept !== kept || (window.mapRange?.key ?? '') !== key) {
    told = { kept };
    window.mapRange = kept ? { ids: new Set(kept.counts.keys()), key } : null;
    window.dispatchEvent(new Event('map-range'));
  }
  // Only what changes is written: the home page of a big collection lists 2,000 places, and
  // each write makes the browser work out that entry's style again.
  for (const el of document.querySelectorAll('.place-list [data-place]')) {
    const count = kept?.counts.get(el.getAttribute('data-place') ?? '');
    const li = el.parentElement;
    mark(li?.tagName === 'LI' ? li : el, !!kept && !count);
    const text = count ? `${mentionsText(count)} in range` : null;
    if (el.getAttribute('data-in-range') !== text) {
      if (text) el.setAttribute('data-in-range', text);
      else el.removeAttribute('data-in-range');
    }
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-when]'))
    mark(el, !!range && !spansInRange(parseWhen(el.dataset.when ?? ''), range));
  // What the benchmark waits for (bench/measure.mjs brushMs), with the map frame's data-range.
  document.querySelector<HTMLElement>('.timeline-dock')?.setAttribute('data-applied', key);
}

/** Marks what the range leaves out (hidden by globals.css), touching the page only on a change. */
function mark(el: Element, out: boolean) {
  if (el.hasAttribute('data-out-of-range') !== out) el.toggleAttribute('data-out-of-range', out);
}

/** Applies the range from the URL: as the page loads, after Back, and on each new view. */
function useApplyRange(kept: InRange | undefined, range: Range | undefined, view: string) {
  useEffect(
    function applyRangeOfUrl() {
      applyRange(kept, range);
    },
    // The view: a new one has a new panel, to be marked again.
    [kept, range, view],
  );
  useEffect(
    () =>
      function clearRange() {
        told = undefined;
        window.mapRange = null;
        window.dispatchEvent(new Event('map-range'));
      },
    [],
  );
}

type ChartProps = {
  data: TimelineData;
  bars: Bars;
  domain: Range;
  range: Range | undefined;
  onRange: (r: Range | undefined, replace?: boolean) => void;
};

/** Bars, spans and publication marks; drag across it to brush a range. */
function Chart({ data, bars, domain, range, onRange }: ChartProps) {
  const width = domain.to - domain.from + 1;
  const [brush, setBrush] = useState<Range | undefined>(undefined);
  const start = useRef<Month | undefined>(undefined);
  const shown = brush ?? range;

  const monthAt = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.min(Math.max(e.clientX - box.left, 0), box.width - 1);
    return domain.from + Math.floor((x / box.width) * width);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const m = monthAt(e);
    start.current = m;
    setBrush({ from: m, to: m });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current === undefined) return;
    const m = monthAt(e);
    setBrush({ from: Math.min(start.current, m), to: Math.max(start.current, m) });
  };
  const onPointerUp = () => {
    if (start.current === undefined) return;
    start.current = undefined;
    if (brush) onRange(brush);
    setBrush(undefined);
  };

  const height = BAR_H + 2 + LANES * LANE_H;
  const years: Month[] = [];
  for (let m = Math.ceil(domain.from / 12) * 12; m <= domain.to; m += 12) years.push(m);
  const left = (m: Month) => `${((m - domain.from) / width) * 100}%`;

  return (
    <div className="timeline-chart">
      <div
        className="timeline-plot"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        data-testid="timeline-plot"
      >
        <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
          {shown ? (
            <rect
              className="timeline-band"
              vectorEffect="non-scaling-stroke"
              x={shown.from - domain.from}
              width={shown.to - shown.from + 1}
              y={0}
              height={height}
            />
          ) : null}
          <ChartMarks bars={bars} from={domain.from} />
        </svg>
        {data.published.map(([m, count]) => (
          <span
            key={m}
            className="timeline-published"
            style={{ left: left(m + 0.5) }}
            title={`${n(count)} ${count === 1 ? 'article' : 'articles'} published in ${monthLabel(m)}`}
            aria-hidden="true"
          />
        ))}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        {years.map((m) => (
          <span key={m} style={{ left: left(m) }}>
            {Math.floor(m / 12)}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The bars and the spans: drawn once per load, not at each move of the range over them. */
const ChartMarks = memo(function ChartMarks({ bars, from }: { bars: Bars; from: Month }) {
  const max = Math.max(1, ...bars.months.values());
  // Spans in lanes, so that overlapping ones stay apart; past the last lane they share it.
  const lanes: Month[] = [];
  const spans = bars.spans.map((s) => {
    let lane = lanes.findIndex((end) => end < s.span.from);
    if (lane < 0) lane = lanes.length < LANES ? lanes.length : LANES - 1;
    lanes[lane] = Math.max(lanes[lane] ?? -Infinity, s.span.to);
    return { ...s, lane };
  });
  return (
    <>
      {[...bars.months].map(([m, count]) => (
        <rect
          key={m}
          className="timeline-bar"
          x={m - from + 0.1}
          width={0.8}
          y={BAR_H - (count / max) * BAR_H}
          height={(count / max) * BAR_H}
        />
      ))}
      {spans.map(({ span, lane }) => (
        <rect
          key={`${span.from}-${span.to}-${span.open}`}
          className={`timeline-span${span.open ? ' timeline-span--open' : ''}`}
          x={span.from - from + 0.05}
          width={span.to - span.from + 0.9}
          y={BAR_H + 2 + lane * LANE_H}
          height={LANE_H - 1.5}
        />
      ))}
    </>
  );
});

/**
 * The range from the keyboard: ←/→ move it a month, Shift+←/→ move its end (resize), Home/End
 * move it to the first or last month; Escape clears it.
 */
function RangeKeys({
  domain,
  range,
  onRange,
  latest,
  endRun,
}: Omit<ChartProps, 'data' | 'bars'> & { latest: () => Range | undefined; endRun: () => void }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The latest range, not the last render's: a key held down (or pressed again quickly) comes
    // before the page has rendered the previous move, and must not repeat it.
    const now = latest();
    const r = now ?? { from: domain.to, to: domain.to };
    const len = r.to - r.from;
    const clamp = (from: Month, to: Month): Range => {
      const f = Math.min(Math.max(from, domain.from), domain.to);
      return { from: f, to: Math.min(Math.max(to, f), domain.to) };
    };
    let next: Range | undefined;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const d = e.key === 'ArrowLeft' ? -1 : 1;
      if (e.shiftKey) next = clamp(r.from, r.to + d);
      else if (r.from + d >= domain.from && r.to + d <= domain.to)
        next = clamp(r.from + d, r.to + d);
      else next = r;
    } else if (e.key === 'Home') next = clamp(domain.from, domain.from + len);
    else if (e.key === 'End') next = clamp(domain.to - len, domain.to);
    else if (e.key === 'Escape' && now) {
      e.preventDefault();
      onRange(undefined);
      return;
    } else {
      // Any other key (a briefing's ↓ or Space, Tab) may take the reader elsewhere, keeping the
      // range from the URL: the run goes there first (React's handler runs before the page's).
      endRun();
      return;
    }
    e.preventDefault();
    onRange(next, true);
  };
  const label = range ? rangeLabel(range) : 'no range';
  return (
    <div
      className="timeline-keys"
      role="slider"
      tabIndex={0}
      aria-label="Range of months: arrow keys move it, Shift with an arrow key moves its end, Escape clears it"
      aria-valuemin={0}
      aria-valuemax={domain.to - domain.from}
      aria-valuenow={range ? range.from - domain.from : domain.to - domain.from}
      aria-valuetext={label}
      onKeyDown={onKeyDown}
      onBlur={endRun}
    >
      <span aria-hidden="true">{range ? label : 'No range (← → here)'}</span>
    </div>
  );
}

/** From and To, each a list of the timeline's months. */
function RangePicker({
  domain,
  range,
  onRange,
}: {
  domain: Range;
  range: Range | undefined;
  onRange: (r: Range) => void;
}) {
  const months: Month[] = [];
  for (let m = domain.from; m <= domain.to; m++) months.push(m);
  const pick = (end: 'from' | 'to', value: string) => {
    const m = monthOf(value);
    const r = range ?? { from: m, to: m };
    const next =
      end === 'from' ? { from: m, to: Math.max(m, r.to) } : { from: Math.min(m, r.from), to: m };
    onRange(next);
  };
  const options = months.map((m) => (
    <option key={m} value={monthValue(m)}>
      {monthLabel(m)}
    </option>
  ));
  return (
    <span className="timeline-picker">
      <label>
        From{' '}
        <select
          value={range ? monthValue(range.from) : ''}
          onChange={(e) => pick('from', e.target.value)}
        >
          {range ? null : <option value="">—</option>}
          {options}
        </select>
      </label>{' '}
      <label>
        to{' '}
        <select
          value={range ? monthValue(range.to) : ''}
          onChange={(e) => pick('to', e.target.value)}
        >
          {range ? null : <option value="">—</option>}
          {options}
        </select>
      </label>
    </span>
  );
}

/** The chart's text alternative: the months with mentions, and the longer spans. */
const ChartText = memo(function ChartText({ data, bars }: { data: TimelineData; bars: Bars }) {
  const published = new Map(data.published);
  const months = [...new Set([...bars.months.keys(), ...published.keys()])].sort((a, b) => a - b);
  return (
    <>
      <table>
        <caption>Mentions dated to a day or a month, and articles published, per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Mentions</th>
            <th scope="col">Articles published</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m}>
              <th scope="row">{monthLabel(m)}</th>
              <td>{n(bars.months.get(m) ?? 0)}</td>
              <td>{n(published.get(m) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {bars.spans.length ? (
        <ul className="timeline-span-list">
          {bars.spans.map(({ span, count }) => (
            <li key={`${span.from}-${span.to}-${span.open}`}>
              {mentionsText(count)}: {rangeLabel(span)}
              {span.open === 1
                ? ' (start not stated)'
                : span.open === 2
                  ? ' (ongoing at publication)'
                  : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
});

/** Mentions with no date, by place: counted and listed, never dropped. */
const Undated = memo(function Undated({
  data,
  names,
}: {
  data: TimelineData;
  names: ReadonlyMap<string, string>;
}) {
  const total = undatedCount(data);
  if (!total) return null;
  return (
    <details className="timeline-undated">
      <summary>{mentionsText(total)} undated</summary>
      <ul>
        {data.undated.map(([p, count]) => {
          const id = data.places[p];
          return (
            <li key={id}>
              <Link href={placePath(id)} prefetch={false}>
                {names.get(id) ?? id}
              </Link>
              : {n(count)}
            </li>
          );
        })}
      </ul>
    </details>
  );
});
