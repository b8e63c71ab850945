// What every browser test (and the browser benchmark) shares: Debian's Chromium, the flags it
// runs under (headless, no sandbox, nothing downloaded or synced), where screenshots go, and
// whether it is installed.
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const OUT = 'test-output';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

