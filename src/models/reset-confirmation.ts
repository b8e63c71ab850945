// The factory reset's confirmation on the SmartCode 913, 914 and 910, where the sources disagree
// (product-facts Conflicts, item 1): the green flash and two beeps of Kwikset's SmartCode pages
// [K1][K2], which the twin gives at once; "one beep" after "20 seconds" on a page about the 913
// [S10, unverified]; and the status LED flashing "green and red several times", door handing
// starting "after a few seconds", in the Z-Wave documents of the 914 and 910 [G1][G2]. The 909's
// own page [S3] is smartcode-909-910.ts's.

import type { SignalPattern } from './profile.ts';
import { SMARTCODE_SIGNALS } from './signals-smartcode.ts';

/** Product-facts' Conflicts item on the reset's confirmation. */
export const RESET_CONFIRMATION_CONFLICT = 1;
/** How long after the confirming press the 913 page has its one beep come: "20 seconds" (product-facts S10). */
const S10_RESET_SIGNAL_AFTER_MS = 20_000;
/** The Z-Wave documents' light, in words: no count of flashes and no sound to draw (product-facts G1, G2). */
const Z_WAVE_RESET_LIGHT = 'the status LED flashing green and red several times, door handing starting a few seconds later';

/** Conflict 1 told in the signal's meaning, each source's whose said: `twinSource` the citation of
 * the twin's version (K1, and K2 where the model's documents hold it), `zWaveSource` the Z-Wave
 * document(s) the model's own profile names. */
function conflictNote(twinSource: string, zWaveSource: string, zWaveWhose: string): string {
  return `The twin answers the press at once with a green flash and two beeps, as Kwikset's SmartCode pages give it (product-facts ${twinSource}); a page on the 913 says one beep after 20 seconds (S10, unverified), and ${zWaveWhose} the status LED flashes green and red several times, then door handing starts by itself (${zWaveSource}) — the sources disagree (product-facts conflict ${RESET_CONFIRMATION_CONFLICT})`;
}

/** The reset done with the other sources' versions: S10's one beep after 20 s as a sound the
 * decoder takes, G1/G2's light in words. */
function resetDoneInConflict(note: string): SignalPattern {
  return {
    ...SMARTCODE_SIGNALS.resetDone,
    otherSound: { beeps: 1, afterMs: S10_RESET_SIGNAL_AFTER_MS, conflict: RESET_CONFIRMATION_CONFLICT },
    otherLight: { words: Z_WAVE_RESET_LIGHT, conflict: RESET_CONFIRMATION_CONFLICT },
    meaning: `${SMARTCODE_SIGNALS.resetDone.meaning}. ${note}`,
  };
}

/** On the 913 and the 914 (its Z-Wave twin), whose §1 holds K1, K2, S10, G1 and G2. */
export const RESET_DONE_913 = resetDoneInConflict(conflictNote('K1, K2', 'G1, G2', 'the Z-Wave documents of the 914 and 910 say'));
export const RESET_DONE_913_SOURCE = 'product-facts K1, K2 (green, two beeps), S10 (913, unverified: "one beep" after "20 seconds"), G1, G2 (914, 910 Z-Wave: "green and red several times", then door handing); conflict 1: the twin gives K1\'s at once, the decoder takes S10\'s too, G1/G2\'s light is named in words';

/** On the 910: the 913's page is borrowed, and its own Z-Wave document is G2. */
export const RESET_DONE_910 = resetDoneInConflict(conflictNote('K1', 'G2', "the 910's Z-Wave document says"));
export const RESET_DONE_910_SOURCE = 'product-facts K1 (green, two beeps), G2 (910 Z-Wave: "green and red several times", then door handing); assumed from product-facts S10 (a 913 page, unverified: "one beep" after "20 seconds"); conflict 1: the twin gives K1\'s at once, the decoder takes S10\'s too, G2\'s light is named in words';
