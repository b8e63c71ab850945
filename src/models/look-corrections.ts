// A look put in words and then corrected, for `identify` (seed S13): "5 buttons, no, 10 buttons",
// "touchscreen... actually not a touchscreen", "Z-Wave, sorry, Zigbee". No source speaks to how
// an owner corrects themselves; the rule is our choice. A correction word — "no" followed by a
// comma, dash or other stop ("no," but not the negation "no touchscreen", nor "No. 914"),
// "sorry", "I mean", "I meant", "actually", "rather", "correction" — cuts the text into takes. Of
// each topic (the keypad: a touchscreen, or its buttons and the digits on each; the radio; the
// style; the exterior key's name, Lock or Kwikset; each other button by name), the last take
// that mentions it is the one used: what an earlier take said of that topic is replaced, and a
// line says so (described-notes.ts). A model number is corrected by the same rule, its own topic
// (model-number-corrections.ts).
// A take that says nothing of a topic corrects nothing of it ("5 buttons, actually Z-Wave" keeps
// both). Two values said in one take ("5 buttons and 10 buttons") are no correction: they
// contradict, and neither is used (look-mentions.ts).
import type { Description } from './described-look.ts';

/** The words that mark what follows as a correction of what went before (our choice). */
const CORRECTION_WORDS = ['sorry', 'i mean', 'i meant', 'actually', 'rather', 'correction'];
/** "no" as a correction: followed by a stop — a comma, semicolon, dash, ellipsis, "!" or "?", or
 * a colon or full stop that no number follows ("No. 914" and "No: 914" name a model number). */
const NO_THEN_STOP = String.raw`\bno\s*(?:[,;!?…—–]|-+|[.:](?!\s*\d))`;
const CORRECTION = new RegExp(`${NO_THEN_STOP}|\\b(?:${CORRECTION_WORDS.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})\\b`, 'gi');

/** The takes of `text` (as typed), first to last, the correction words left out. */
export function correctionTakes(text: string): string[] {
  return text.split(CORRECTION);
}

/** `text` (as typed) cut as correctionTakes cuts it, the correction words kept between the takes:
 * take, correction word, take, …, take (the takes at the even places). */
export function takesAndCorrectionWords(text: string): string[] {
  return text.split(new RegExp(`(${CORRECTION.source})`, 'gi'));
}

/** The mentions of one kind of feature in one take, and the topic the kind is of ("radio" for
 * each radio, "style" for each style): a later take's mention of a topic corrects the earlier. */
export interface KindMentions {
  topic: string;
  mentions: Description[];
}

/** What a later take said in place of an earlier one's mentions of the same topic. */
export interface Correction {
  replaced: Description[];
  by: Description[];
}

/** Of the kinds read from each take (each take lists the same kinds in the same order), the
 * mentions used — of each topic, those of the last take that mentions it — and the corrections. */
export function latestTakes(takes: readonly (readonly KindMentions[])[]): { kinds: Description[][]; corrections: Correction[] } {
  const first = takes[0] ?? [];
  const topics = [...new Set(first.map((k) => k.topic))];
  const mentionsOf = (take: readonly KindMentions[], topic: string) => take.filter((k) => k.topic === topic).flatMap((k) => k.mentions);
  const lastFor = new Map(topics.map((topic) => [topic, takes.reduce((last, take, i) => (mentionsOf(take, topic).length > 0 ? i : last), -1)]));
  const kinds = first.map((kind, k) => {
    const last = lastFor.get(kind.topic) ?? -1;
    return last < 0 ? [] : takes[last][k].mentions;
  });
  const corrections = topics.flatMap((topic) => {
    const last = lastFor.get(topic) ?? -1;
    const replaced = takes.slice(0, Math.max(last, 0)).flatMap((take) => mentionsOf(take, topic));
    const by = last < 0 ? [] : mentionsOf(takes[last], topic);
    const labels = new Set(by.map((d) => d.label));
    const dropped = replaced.filter((d, i) => !labels.has(d.label) && replaced.findIndex((e) => e.label === d.label) === i);
    return dropped.length ? [{ replaced: dropped, by }] : [];
  });
  return { kinds, corrections };
}
