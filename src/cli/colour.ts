// The colours of standard error (README, "Colour"). The picocolors the modules import decides
// once, for standard output; what goes to standard error is coloured by standard error's own
// terminal, so `lockstep run x.yaml 2>err.txt` on a terminal writes no escape codes into err.txt.
import pc from 'picocolors';
import { colourOn } from './colour-rules.ts';

export { rewritesLines } from './colour-rules.ts';

/** The colours of what is written to standard error. */
export const errColours = pc.createColors(colourOn(process.stderr.isTTY));
