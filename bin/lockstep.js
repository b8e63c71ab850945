#!/usr/bin/env node
// The lockstep command: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`lockstep claims | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
