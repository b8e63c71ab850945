// What an owner says beside the signal, about when it came: words the decoder reads as context,
// not as a light or a sound (signal-text.ts reads them; decode.ts ranks by them). Only what the
// lock itself tells apart is read:
// - New batteries just fitted ("after new batteries", "I replaced the batteries"): a fresh pack
//   reads about 6 V and the lock warns of a low one only at 4.8 V or below (product-facts G4), so
//   the low-battery reading — seed S25's first question — drops below every other reading of the
//   same detail. Not when the new cells are said to be old or weak ("they were old", "the
//   batteries are weak"): then they are the weak pack of seed S25, S10. A half-finished reset is
//   not ruled out: holding Program while the pack goes in is how one starts (seed S8, S24).
// - Locking ("when I try to lock it", "while locking", "when it auto-locks"): every jam alert of
//   the guides is "Door jammed while attempting to lock" (product-facts M4, M5/M6, M8), the bolt
//   meeting the strike (seed S17), so the jam ranks first — as for a lock that won't lock.
// - After a factory reset ("after a reset", "since the factory reset", "after resetting it", "I
//   reset it and now …"):
//   the reset wipes every code (seed S6; S19 blank slate), so a code entered gets "no user code"
//   where the model's reset brings none back (the 264 line and the Powerbolt 2 restore 1-2-3-4,
//   product-facts S5, M11: there a wrong code is still wrong); and it forgets door handing (seed S15, S18), so
//   a jam or a failed handing is likelier. A reset said not to have taken is no reset done: that
//   is the reset-failed symptom's (reset-failed-words.ts); a reset done and then a code not
//   answered ("did the reset, nothing happened when I entered my code") is this context.
// - Programming ("when I try to add a new code", "while programming a code", "setting the
//   Mastercode"): the lock refusing the change (product-facts M1, M14: red ×3, three beeps) ranks
//   first — the same light as a wrong code at the door. After a reset it is refused until door
//   handing has run (seed S18), which after-reset-refusal.ts puts first in its advice. A new code
//   said to be refused ("it won't take a new code", "refuses new codes", "won't accept the
//   Mastercode") is programming too, and the refusal itself (NEW_CODE_REFUSED: signal-text.ts
//   reads it as the code-refused symptom) — never "won't take my code", a code at the door.
// Unlocking and entering a code add nothing the signal table does not: the lock answers a code
// with its own signals, and the twin jams a bolt that will not withdraw too.
// Words about the pack taken out ("replaced the dead batteries") describe the old pack, not the
// new one.

import type { ModelProfile, SignalName } from '../models/profile.ts';
import { RESET_DONE_THEN_CODE_UNANSWERED } from './reset-failed-words.ts';
import { NOT } from './no-answer-words.ts';

export type SignalContext = 'fresh-batteries' | 'locking' | 'after-reset' | 'programming';

/** The words for a battery, and for the cells taken out or put in. */
const BATTERIES = String.raw`(?:(?:aa|alkaline)\s+)?(?:batter(?:y|ies)|cells)(?:\s+pack)?`;
/** Said of a pack: old or weak, in the owner's words. */
const WEAK = String.raw`(?:old|used|weak|dead|flat|drained|expired|half[- ]?(?:used|empty|dead))`;
/** Changing a pack: its object is the pack taken out ("replaced the dead batteries"). */
const CHANGE_VERB = String.raw`(?:chang(?:e|ed|ing)|replac(?:e|ed|ing)|swap(?:ped|ping)?|renew(?:ed|ing)?)`;
/** Putting a pack in: its object is the pack put in ("put in some old batteries" is a weak one). */
const INSERT_VERB = String.raw`(?:put(?:ting)?\s+in|install(?:ed|ing)?|fit(?:ted|ting)?|insert(?:ed|ing)?)`;
/** Before the batteries: "the", "new", "some", "four". */
const PACK_WORDS = String.raw`(?:(?:the|my|its|new|fresh|brand\s+new|some|all|four|4)\s+)*`;
/** After a change verb, also the old pack's own words: "replaced the dead batteries". */
const CHANGED_PACK_WORDS = String.raw`(?:(?:the|my|its|new|fresh|brand\s+new|some|all|four|4|${WEAK})\s+)*`;

/** "new batteries", "changed the batteries", "the batteries are brand new", "a battery change". */
const FRESH_BATTERIES = new RegExp(
  String.raw`\b(?:brand\s+)?(?:new|fresh|replacement)\s+${BATTERIES}\b` +
    String.raw`|\b${CHANGE_VERB}\s+${CHANGED_PACK_WORDS}${BATTERIES}\b` +
    String.raw`|\b${INSERT_VERB}\s+${PACK_WORDS}${BATTERIES}\b` +
    String.raw`|\b${BATTERIES}\s+(?:were|was|are|is|have\s+been|has\s+been|got)\s+(?:just\s+|recently\s+|all\s+)?(?:brand\s+new|new|fresh|changed|replaced|swapped)\b` +
    String.raw`|\bbattery\s+(?:change|swap|replacement)\b`,
  'g',
);

/** "old batteries", "the batteries are weak", "they were old": the new cells are no fresh pack.
 * Read after FRESH_BATTERIES, so a weak word it took for the old pack is gone by then. */
const WEAK_BATTERIES = new RegExp(
  String.raw`\b${WEAK}\s+(?:ones|${BATTERIES})\b` +
    String.raw`|\b(?:${BATTERIES}|they|those|these|the\s+new\s+ones|which)\s+(?:were|was|are|is|may\s+be|might\s+be|seem|seemed|seem\s+to\s+be)\s+(?:a\s+bit\s+|quite\s+|very\s+|already\s+)?${WEAK}\b`,
  'g',
);

/** What follows "lock" when it is the act: "lock it", "lock the door", "lock up". */
const LOCK_OBJECT = String.raw`(?:\s+(?:it|the\s+door|the\s+lock|the\s+deadbolt|the\s+bolt|up))?`;
/** "when I try to lock it", "while locking", "trying to lock the door", "when it auto-locks",
 * "it locks itself": the lock throwing its bolt — never "unlock", nor "locked" (a state). */
const LOCKING = new RegExp(
  String.raw`\b(?:when|whenever|while|as|if|each\s+time|every\s+time)\s+(?:i\s+|we\s+|you\s+|it\s+|someone\s+)?(?:try(?:ing)?\s+to\s+|tried\s+to\s+|attempt(?:ing)?\s+to\s+|go\s+to\s+|want\s+to\s+)?lock(?:s|ing)?${LOCK_OBJECT}\b` +
    String.raw`|\b(?:try(?:ing)?|tried|attempt(?:s|ing|ed)?)\s+to\s+lock${LOCK_OBJECT}\b` +
    String.raw`|\bauto-?\s?lock(?:s|ing|ed)?\b|\block(?:s|ed|ing)?\s+(?:it)?self\b|\block(?:s|ed|ing)?\s+by\s+itself\b`,
  'g',
);

/** Said right after "reset": it did not take (RESET_FAILED's words in reset-failed-words.ts). */
const NOT_TAKEN = String.raw`(?!\s+(?:didn't|did\s+not|doesn't|does\s+not|wasn't|was\s+not|isn't|is\s+not|failed|fails|never|won't|wont|not|was\s+unsuccessful)\b)`;
/** What follows a reset told as done, before what the lock does since: "and now", ", now", "since then". */
const SINCE_THEN = String.raw`(?=(?:\s*,)?(?:\s+and)?\s+(?:now|since\s+then|ever\s+since)\b)`;
/** "after a reset", "since the factory reset", "after I reset it", "after resetting it" — and a
 * reset told as done with what came since: "I reset it and now …", "I did a factory reset and
 * now …", "we've reset the lock, now …", "did the reset, nothing happened when I entered my
 * code" (reset-failed-words.ts; never "I tried to reset it": that is no reset done). */
const AFTER_RESET = new RegExp(
  String.raw`\b(?:after|since|following)\s+(?:a\s+|the\s+|my\s+|i\s+(?:did\s+(?:a\s+|the\s+)?)?|we\s+(?:did\s+(?:a\s+|the\s+)?)?)?(?:factory\s+|hard\s+)?reset(?:ting)?(?:\s+(?:it|the\s+lock|my\s+lock))?\b${NOT_TAKEN}` +
    String.raw`|\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|already\s+)?(?:(?:did|done|had)\s+(?:a\s+|the\s+)?)?(?:factory\s+|hard\s+)?reset(?:\s+(?:it|the\s+lock|my\s+lock))?\b${SINCE_THEN}` +
    String.raw`|${RESET_DONE_THEN_CODE_UNANSWERED}`,
  'g',
);

/** A code, or the admin code, as the object of programming: "a new code", "the Mastercode". */
const PROGRAMMED = String.raw`(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?:new\s+)?(?:(?:user\s+)?code|mastercode|master\s+code|programming\s+code)`;
/** What is refused when a change is: a new code, or the admin code — "a new code", "any new
 * codes", "the Mastercode"; never "my code" alone, which is a code typed at the door. */
const REFUSED_CHANGE = String.raw`(?:(?:a|an|any|the|my|our|my\s+new|the\s+new)\s+)?(?:new\s+(?:user\s+)?codes?|mastercode|master\s+code|programming\s+code)`;
/** "won't take a new code", "refuses new codes", "will not accept any new codes", "rejects the
 * Mastercode": the lock refusing a change (product-facts M1, M14; seed S18 after a reset). */
const REFUSING = String.raw`(?:${NOT}\s+(?:take|taking|accept|accepting|save|saving|store|storing)|refus(?:es|ed|ing)|reject(?:s|ed|ing)?)`;
const NEW_CODE_REFUSED_WORDS = String.raw`\b${REFUSING}\s+${REFUSED_CHANGE}\b`;
/** A phrase the context reader took that says the lock refused the change (signal-text.ts). */
export const NEW_CODE_REFUSED = new RegExp(NEW_CODE_REFUSED_WORDS);

/** "when I try to add a new code", "while programming a code", "setting the Mastercode", "when I
 * type a new code", "it won't take a new code" — never a code typed to open the door ("when I type
 * my code", "it won't take my code"). */
const PROGRAMMING = new RegExp(
  `${NEW_CODE_REFUSED_WORDS}` +
    String.raw`|\b(?:add(?:ing|ed)?|program(?:ming|med)?|set(?:ting)?|chang(?:e|ed|ing))\s+${PROGRAMMED}\b` +
    String.raw`|\b(?:type|typing|typed|enter|entering|entered|put(?:ting)?\s+in)\s+(?:a\s+|the\s+|my\s+)?new\s+(?:user\s+)?code\b`,
  'g',
);

/** Word lists, read in this order; a weak pack said cancels a fresh one. */
export const CONTEXT_PHRASES: { pattern: RegExp; context: SignalContext; cancels?: true }[] = [
  { pattern: FRESH_BATTERIES, context: 'fresh-batteries' },
  { pattern: WEAK_BATTERIES, context: 'fresh-batteries', cancels: true },
  { pattern: LOCKING, context: 'locking' },
  { pattern: AFTER_RESET, context: 'after-reset' },
  { pattern: PROGRAMMING, context: 'programming' },
];

/** Each context in the owner's words, as the decoder repeats it ("you said: …, after new batteries"). */
export const CONTEXT_WORDS: Record<SignalContext, { said: string; because: string }> = {
  'fresh-batteries': { said: 'after new batteries', because: 'you say new batteries just went in' },
  locking: { said: 'when locking', because: 'you say it came when locking' },
  'after-reset': { said: 'after a reset', because: 'you say it came after a reset' },
  programming: { said: 'while programming', because: 'you say it came while programming' },
};

/** The signals a context makes likelier on a model, with the points it adds (as decode.ts's symptom hints). */
const RAISED: Record<SignalContext, (m: ModelProfile) => readonly [SignalName, number][]> = {
  'fresh-batteries': () => [],
  locking: () => [['jammed', 3]], // seed S17; product-facts M4, M5/M6, M8: "jammed while attempting to lock"
  'after-reset': (m) => [
    ...(Object.keys(m.defaults.userCodesAfterReset).length === 0 ? [['noUserCode', 2] as [SignalName, number]] : []), // seed S6, S19
    ['jammed', 1], ['handingFailed', 1], // seed S15, S18
  ],
  programming: () => [['programmingFailed', 3], ['programmingTimeout', 1]], // product-facts M1, M14
};

/** The points what was said beside the signal adds to this signal on this model. */
export function contextPoints(model: ModelProfile, context: readonly SignalContext[], name: SignalName): number {
  return context.reduce((sum, c) => sum + (RAISED[c](model).find(([n]) => n === name)?.[1] ?? 0), 0);
}

/** The signals a context makes least likely: they rank below every other reading of the same
 * detail, and are never among the best unless nothing else fits as well. */
const DOUBTED: Record<SignalContext, readonly SignalName[]> = {
  'fresh-batteries': ['lowBattery'], // product-facts G4: fresh ≈ 6 V, low ≤ 4.8 V
  locking: [],
  'after-reset': [],
  programming: [],
};

/** True when what the owner said beside the signal makes this signal least likely. */
export function doubtedByContext(context: readonly SignalContext[], name: SignalName): boolean {
  return context.some((c) => DOUBTED[c].includes(name));
}
