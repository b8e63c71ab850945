/**
 * What the browser twin ships: a Vite build into a temporary directory, split into the first
 * load — the entry chunk(s) index.html references (module script, modulepreload links) with
 * every chunk they import statically, and the stylesheets — and the chunks only ever imported
 * lazily (`import()`: the Scenarios panel, one chunk per shipped scenario). Sizes are raw bytes
 * and gzip bytes (node:zlib gzipSync at zlib's default level, what a static host typically
 * serves). The baseline beside it: a minimal Vite vanilla app (an index.html, a few lines of
 * TypeScript-free DOM code and a stylesheet) built by the same Vite in the same process.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface Asset {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSize {
  firstLoad: Asset[];
  lazy: Asset[];
  buildMs: number;
}

/** index.html's module scripts, modulepreload links and stylesheets, relative to the build root. */
function referencedByHtml(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) out.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) out.push(href[1]);
  }
  return out.map((p) => posix.normalize(p.replace(/^\.?\//, '')));
}

/** Chunks a built JS chunk imports statically (`import … from "./x.js"`, `export … from`,
 * `import "./x.js"`); `import("./x.js")` is lazy and is not followed. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) out.push(m[1]);
  return out;
}

function asset(dir: string, file: string): Asset {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

function filesUnder(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const f of readdirSync(join(dir, sub))) {
    const rel = sub ? `${sub}/${f}` : f;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...filesUnder(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** Split a built directory into its first load and its lazily imported chunks. */
export function measureBuilt(dir: string, buildMs: number): BundleSize {
  const first = new Set<string>();
  const queue = referencedByHtml(readFileSync(join(dir, 'index.html'), 'utf8'));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (first.has(file)) continue;
    first.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(dir, file), 'utf8');
      for (const spec of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  const shipped = filesUnder(dir).filter((f) => /\.(js|css)$/.test(f));
  return {
    firstLoad: [...first].map((f) => asset(dir, f)),
    lazy: shipped.filter((f) => !first.has(f) && f.endsWith('.js')).map((f) => asset(dir, f)),
    buildMs,
  };
}

async function timedBuild(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** Build the browser twin (web/vite.config.ts) into `outDir` and measure it. */
export async function measureTwinBundle(outDir: string): Promise<BundleSize> {
  const ms = await timedBuild(() => build({ configFile: 'web/vite.config.ts', logLevel: 'silent', build: { outDir, emptyOutDir: true } }));
  return measureBuilt(outDir, ms);
}

const MINIMAL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>minimal</title><link rel="stylesheet" href="./style.css" /></head>
<body><main id="app"></main><script type="module" src="./main.js"></script></body></html>
`;
const MINIMAL_JS = `const app = document.getElementById('app');
const b = document.createElement('button');
let n = 0;
b.textContent = 'pressed 0';
b.addEventListener('pointerdown', () => requestAnimationFrame(() => (b.textContent = 'pressed ' + ++n)));
app.append(b);
`;
const MINIMAL_CSS = `button { font: inherit; min-height: 2.75rem; }\n`;

/** The baseline: a minimal Vite vanilla app built the same way. */
export async function measureMinimalBundle(): Promise<BundleSize> {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-minimal-'));
  try {
    writeFileSync(join(root, 'index.html'), MINIMAL_HTML);
    writeFileSync(join(root, 'main.js'), MINIMAL_JS);
    writeFileSync(join(root, 'style.css'), MINIMAL_CSS);
    const out = join(root, 'dist');
    const ms = await timedBuild(() => build({ root, configFile: false, base: './', logLevel: 'silent', build: { outDir: out, emptyOutDir: true, target: 'es2022' } }));
    return measureBuilt(out, ms);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const sum = (xs: readonly Asset[], k: 'raw' | 'gzip'): number => xs.reduce((n, a) => n + a[k], 0);
