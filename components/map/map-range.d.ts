// The timeline (components/timeline/, a chunk of its own) tells the map which places its range
// keeps: it sets window.mapRange (null: no range) and dispatches 'map-range' on window. A
// window property and an event rather than a shared module, so the two chunks share no code.
export {};

declare global {
  interface Window {
    /** `key` names the range ("2021-12/2022-01"): the map frame shows it as data-range. */
    mapRange?: { ids: ReadonlySet<string>; key: string } | null;
  }
  interface WindowEventMap {
    'map-range': Event;
  }
}
