// `npm run web`: build the browser twin if web/dist is missing or older than its sources, then
// serve it on localhost with `vite preview` and print the URL.
import { build, preview } from 'vite';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const CONFIG = 'web/vite.config.ts';
const BUILT = 'web/dist/index.html';
const SOURCES = ['web/src', 'web/public', 'web/index.html', 'src', 'scenarios'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

if (!existsSync(BUILT) || Math.max(...SOURCES.map(newest)) > statSync(BUILT).mtimeMs) {
  console.log('building web/dist …');
  await build({ configFile: CONFIG });
}
const server = await preview({ configFile: CONFIG });
const urls = server.resolvedUrls?.local ?? [];
console.log(`lockstep browser twin: ${urls[0] ?? 'http://127.0.0.1:5173/'}  (Ctrl-C to stop)`);
