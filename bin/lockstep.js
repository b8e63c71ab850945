#!/usr/bin/env node
// The lockstep command: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
// FORCE_COLOR=0 means no colour, before picocolors reads it: src/cli/colour-rules.ts.
const { normaliseColourEnv } = await import('../src/cli/colour-rules.ts');
normaliseColourEnv();
// A reader that stops early (`lockstep claims | head`): src/cli/closed-pipe.ts.
const { exitOnClosedPipe } = await import('../src/cli/closed-pipe.ts');
exitOnClosedPipe();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
