// Contractions typed without their apostrophe — "doesnt", "didnt", "cant" — put back before an
// owner's words are read (signal-text.ts), so that every word list written with "doesn't" reads
// them too. Left unread, they turned what was said around: "red flash, didnt beep" was a red
// flash with a beep (the jam, not the half-finished reset's silent blink, seed S24), "the bolt
// doesnt move" was dropped (a battery question, seed S25). Which contractions: our choice, the
// negations people type at a lock; "wont" is read as it is by the word lists already.

/** The apostrophe-less form and the contraction it stands for. */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  doesnt: "doesn't", didnt: "didn't", dont: "don't", cant: "can't", couldnt: "couldn't", wouldnt: "wouldn't",
  isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't", hasnt: "hasn't", havent: "haven't", hadnt: "hadn't",
};

const BARE = new RegExp(String.raw`\b(?:${Object.keys(CONTRACTIONS).join('|')})\b`, 'g');

/** Lower-case text with each apostrophe-less contraction written with its apostrophe: "doesnt" → "doesn't". */
export function restoreApostrophes(text: string): string {
  return text.replace(BARE, (word) => CONTRACTIONS[word]!);
}
