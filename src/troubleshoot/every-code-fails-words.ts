// Every code failing, in the owner's words — seed S7's second row, "lock unresponsive to all
// codes → factory reset", after the batteries (S25), the code memory lost to a glitch or a
// low-battery event (S5). Read by signal-text.ts as the codes-fail symptom, whose advice is
// every-code-fails-advice.ts's:
// - "none of my codes work", "no code works", "none of the codes open the door";
// - "all my codes stopped working", "every code fails", "all of the codes are rejected";
// - "codes don't work anymore", "my codes no longer work", "the codes stopped working" — codes,
//   plural: "my code doesn't work" may be the one code forgotten (S7's first row), left as it is.
// Which phrasings: our choice, the ones people type at a lock.

import { NOT } from './no-answer-words.ts';

/** Whose codes: "my", "the", "our", "all of my". */
const WHOSE = String.raw`(?:(?:my|the|our|your)\s+)?(?:user\s+)?`;
/** Not working, said of codes: "work" after a negation, "stopped working", "fail", "are rejected". */
const FAIL = String.raw`(?:(?:${NOT}|don't|do\s+not|no\s+longer)\s+(?:work|open\s+(?:it|the\s+(?:door|lock)))|(?:(?:have|has|had)\s+)?stopped\s+working|(?:are|is|aren't)\s+(?:not\s+)?(?:working|rejected|refused)|fail(?:s|ed|ing)?)`;
/** Working, as the object of "none of my codes": "work", "open the door", "seem to work". */
const WORK = String.raw`(?:work|works|working|will\s+work|seem\s+to\s+work|(?:are|is)\s+working|opens?\s+(?:it|the\s+(?:door|lock)))`;
/** "anymore", "any more" after it. */
const ANYMORE = String.raw`(?:\s+any\s?more)?`;

/** Every code failing: "none of my codes work", "all my codes stopped working", "codes don't work anymore". */
export const EVERY_CODE_FAILS = new RegExp(
  String.raw`\bnone\s+of\s+${WHOSE}codes\s+${WORK}${ANYMORE}\b` +
    String.raw`|\bno\s+codes?\s+${WORK}${ANYMORE}\b` +
    String.raw`|\b(?:all|every|each|any)\s+(?:of\s+)?${WHOSE}codes?\s+${FAIL}${ANYMORE}\b` +
    String.raw`|\b${WHOSE}codes\s+${FAIL}${ANYMORE}\b`,
  'g',
);
