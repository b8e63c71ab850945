// The browser twin built, served and opened in Chromium for one describe block of browser tests:
// built into a temporary folder (never web/dist), served on 127.0.0.1, a fresh Chromium profile —
// all removed afterwards.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { build } from 'vite';
import { chromium, type BrowserContext } from 'playwright-core';
import { serve, type StaticServer } from './static-server.ts';
import { ARGS, CHROMIUM, OUT } from './chromium.ts';

const BUILD_AND_LAUNCH_MS = 120_000;

/** The built page served on loopback and a fresh Chromium profile opened on it, for one describe block. */
export interface BrowserTwin {
  readonly url: string;
  readonly ctx: BrowserContext;
  /** The paths the pages asked the server for that it did not have. */
  readonly missed: readonly string[];
}

/** Call inside a describe: the page is ready in its beforeAll and gone after its afterAll. */
export function builtTwinInChromium(name: string, viewport: { width: number; height: number }, options: { acceptDownloads?: boolean } = {}): BrowserTwin {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let profile = '';
  let dist = '';
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    dist = mkdtempSync(join(tmpdir(), `lockstep-${name}-web-`));
    await build({ configFile: 'web/vite.config.ts', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    server = await serve(dist);
    profile = mkdtempSync(join(tmpdir(), `lockstep-${name}-chromium-`));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport, acceptDownloads: options.acceptDownloads ?? false });
  }, BUILD_AND_LAUNCH_MS);
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (dist) rmSync(dist, { recursive: true, force: true });
  });
  return {
    get url() {
      return server!.url;
    },
    get ctx() {
      return context!;
    },
    get missed() {
      return server!.missed;
    },
  };
}
