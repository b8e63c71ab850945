// The "Now" panel said to a screen reader: only the rows whose words changed, once per change
// ("Bolt: moving. Locked: yes."), through one polite live line. The panel itself is redrawn at
// every frame a bolt runs (its travel in percent), which a live panel would have read out whole,
// dozens of times per lock or unlock. The first rows a lock shows (a page opened, a model picked)
// are not said: they are the page, not a change.

/** A row of the panel as said aloud: its label and value, in words that change only with the lock. */
export type SaidRow = readonly [label: string, value: string];

export class StateSay {
  private last = new Map<string, string>();
  private model = '';

  constructor(readonly root: HTMLElement) {}

  /** Say the rows that changed since the last call on the same model; a new model's rows are taken silently. */
  update(model: string, rows: readonly SaidRow[]): void {
    const fresh = model !== this.model;
    const changed = rows.filter(([label, value]) => !fresh && this.last.get(label) !== value);
    this.model = model;
    this.last = new Map(rows);
    if (changed.length) this.root.textContent = changed.map(([label, value]) => `${label}: ${value}.`).join(' ');
  }
}
