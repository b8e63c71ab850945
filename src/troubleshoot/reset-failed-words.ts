// A factory reset that did not take, in the owner's words (seed S8: the hold from power-up, 30 s,
// answered by a red flash and a beep; S9: let go early and the reset does not register — nothing
// happens; S10: a weak pack fails it; S24: never given its confirming press). Read by
// signal-text.ts as the reset-failed symptom, whose reading is reset-failure-reading.ts's:
// - said outright: "the reset didn't work", "reset failed", "couldn't reset it";
// - an attempt answered by nothing: "tried to reset it but nothing happened", "did the reset,
//   nothing happened", "I reset it, no response", or the reset's own gesture — Program (or a
//   Reset button) held, for so long or not — with no light or sound after it: "held the program
//   button 30 seconds, no flash". What was said between them of when it came ("after new
//   batteries") is read first as context (signal-context.ts) and stays so.
// Not a reset of anything but the lock ("reset the handing"), nor a question about how to do one,
// nor a reset done and a keypad that then ignores a code ("did the reset, nothing happened when I
// entered my code": the code's, as after any reset — the reset is read as after-reset context,
// signal-context.ts, by RESET_DONE_THEN_CODE_UNANSWERED).

import { NUMBER_WORD_ALTERNATION } from '../number-words.ts';
import { NOT } from './no-answer-words.ts';

const A_RESET = String.raw`(?:factory |hard )?reset`;
/** What was reset: the lock, named or not — never another thing ("reset the handing"). */
const THE_LOCK = String.raw`(?:\s+(?:it|the\s+lock|my\s+lock|the\s+deadbolt))?`;
/** A reset told as done: "did the reset", "performed a factory reset", "I reset it". */
const RESET_DONE = String.raw`(?:(?:did|done|performed)\s+(?:a\s+|the\s+)?${A_RESET}|(?:i|we)\s+${A_RESET})${THE_LOCK}`;
/** "tried to reset it", "tried resetting", "tried a factory reset", and a reset told as done. */
const RESET_TRIED = String.raw`(?:(?:tried|trying|attempted|attempting)\s+(?:to\s+)?(?:do\s+)?(?:a\s+|the\s+)?${A_RESET}(?:ting)?${THE_LOCK}|${RESET_DONE})`;
/** A time said in seconds: "30 seconds", "thirty s", "the full 30 secs". */
const SECONDS = String.raw`(?:about\s+|around\s+|nearly\s+|over\s+|the\s+full\s+|a\s+full\s+)?(?:\d+(?:\.\d+)?|${NUMBER_WORD_ALTERNATION})\s?(?:seconds?|secs?|s)\b`;
/** The reset's gesture: "held the program button 30 seconds", "pressed and held Reset for 5 s". */
const RESET_HELD = String.raw`(?:held|holding|hold|kept\s+holding|press(?:ed)?\s+and\s+held)\s+(?:down\s+)?(?:the\s+)?(?:program|reset)(?:\s+button)?(?:\s+down)?(?:\s+(?:for\s+)?${SECONDS})?`;
/** How often: "tried to reset it twice". */
const HOW_OFTEN = String.raw`(?:\s+(?:again|twice|several\s+times|a\s+few\s+times|many\s+times))?`;
/** Context said between the attempt and its answer, already read (and left as " . "):
 * "tried to reset it after new batteries but …", "… after I replaced the batteries, …". */
const CONTEXT_READ = String.raw`(?:\s+(?:after|with|once|since|following|using|on)(?:\s+(?:i|we))?\s+\.(?:\s+in)?)?`;
/** Between the attempt and what came of it: ", but", ". ", "and still". */
const THEN = String.raw`[\s,.;:!–—-]+(?:(?:but|and|then|yet|still|so)\s+)*`;
/** Light and sound words the reset answers with (seed S8's red flash and beep). */
const SIGNAL_NOUN = String.raw`(?:flash(?:es|ing)?|lights?|blink(?:s|ing)?|beeps?|beeping|sound)`;
/** No answer to it: "nothing happened", "nothing at all", "no flash and no beep", "it didn't work". */
const NO_ANSWER = String.raw`(?:nothing(?:\s+at\s+all)?(?:\s+(?:else\s+)?(?:happens|happened|happening)|(?!\s+(?:else|at|happen\w*|mov\w*|turn\w*|budg\w*)\b))` +
  String.raw`|no\s+(?:${SIGNAL_NOUN}|response|reaction|change)(?:\s*(?:,|and|or|nor)\s*no\s+${SIGNAL_NOUN})*` +
  String.raw`|(?:it\s+)?${NOT}\s+(?:work|do\s+anything|take|happen|register|respond|flash|blink|beep|light\s+up)(?:\s+(?:red|green|amber|white))?` +
  String.raw`|(?:it\s+)?(?:did|does)\s+nothing)\b`;
/** A code's answer, said after the no-answer: "… when I entered my code". */
const A_CODE_ENTERED = String.raw`[^.;]*?\b(?:when|whenever|if|once)\s+(?:i\s+|we\s+|you\s+)?(?:enter|type|punch|tr(?:y|ied)|use|key)\w*\s+(?:in\s+)?(?:(?:my|the|a|any|our|new|user)\s+)*(?:code|codes|pin)\b`;
/** …unless it is a code's answer: "nothing happened when I entered my code". */
const NOT_A_CODE_ENTERED = String.raw`(?!${A_CODE_ENTERED})`;

/** "the reset didn't work", "reset failed", "couldn't reset it", "tried to reset it but nothing
 * happened", "held the program button 30 seconds, no flash": a factory reset that did not take. */
export const RESET_FAILED = new RegExp(
  String.raw`\b${A_RESET}\s+${NOT}\s+(?:work|working|take|taken|happen|register|go through|complete|finish|do anything)\b` +
    String.raw`|\b${A_RESET}\s+(?:failed|fails|did nothing|does nothing|(?:is |was )?not working|isn't working|wasn't working|was unsuccessful)\b` +
    String.raw`|\b(?:couldn't|could not|can't|cannot|can not|unable to|failed to)\s+${A_RESET}\b` +
    String.raw`|\b(?:failed|unsuccessful)\s+${A_RESET}\b` +
    String.raw`|\b(?:${RESET_TRIED}|${RESET_HELD})${HOW_OFTEN}${CONTEXT_READ}${THEN}(?:${NO_ANSWER})${NOT_A_CODE_ENTERED}`,
  'g',
);

/** A reset told as done, then a code not answered: "did the reset, nothing happened when I
 * entered my code", "I reset it, nothing happens when I type the code". Only the reset is taken
 * (as after-reset context, signal-context.ts); the no-answer is left to be read as the keypad's. */
export const RESET_DONE_THEN_CODE_UNANSWERED = String.raw`\b${RESET_DONE}${HOW_OFTEN}(?=${CONTEXT_READ}${THEN}(?:${NO_ANSWER})${A_CODE_ENTERED})`;
