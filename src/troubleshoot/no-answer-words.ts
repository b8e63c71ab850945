// Words that say something did not happen, shared by the readers of an owner's words
// (signal-text.ts, reset-failed-words.ts): the negations ("won't", "didn't", "failed to") and
// "nothing happens" — no answer at all, or, after a light or a beep, nothing further.

/** "won't", "didn't", "can't", "never", "failed to": what comes next did not happen. */
export const NOT = String.raw`(?:won't|wont|will not|doesn't|does not|didn't|did not|can't|cannot|can not|isn't|is not|not|never|fails? to|failed to)`;

/** "nothing happens", "nothing else happened". */
export const NOTHING_HAPPENS = /nothing (?:else )?(?:happens|happened|happening)/;
