// A panel's state across a page reload (issue "The browser twin": the twin's state survives a
// reload — and so does where a person was in a scenario or a walk). The page saves each panel's
// state with the twin's snapshot, at the same moment (persist.ts), and hands it back when the
// panel is built again.

export interface Keeping {
  /** Save what `now` returns (a plain JSON value, or null for nothing) with the twin, under `name`. */
  keep(name: string, now: () => unknown): void;
  /** What was saved under `name` before the reload, or null. */
  kept(name: string): unknown;
  /** Save now (after a change the page did not see). */
  save(): void;
}
