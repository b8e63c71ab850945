// Reading the browser twin's state as the page draws it: #lock's data-* attributes (web/src/lock-view.ts).
// The page redraws them in its animation frame (web/src/main.ts `frame`), not in a click's handler,
// so a read straight after a click can see the frame drawn before it. Every read here first waits
// for a frame drawn after everything done so far.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** How long a check waits for an attribute that changes over time (the assistant acting, a running clock). */
export const ATTR_WAIT_MS = 5_000;

/** Resolves once the page has drawn a frame that began after this call (two frames: the clock's
 * tick, registered a frame earlier, runs before a callback registered now in the same frame). */
export async function afterNextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** #lock's `data-<name>` as drawn after everything done so far. */
export async function renderedAttr(page: Page, name: string): Promise<string | null> {
  await afterNextFrame(page);
  return page.getAttribute('#lock', `data-${name}`);
}

/** #lock's `data-<name>` reaches `value` within ATTR_WAIT_MS of a frame drawn after everything done
 * so far; the failure names the value it had instead. */
export async function expectAttrBecomes(page: Page, name: string, value: string): Promise<void> {
  await afterNextFrame(page);
  await page
    .waitForFunction(([n, v]) => document.querySelector('#lock')?.getAttribute(`data-${n}`) === v, [name, value] as const, { timeout: ATTR_WAIT_MS })
    .catch(() => undefined);
  expect(await page.getAttribute('#lock', `data-${name}`), `#lock data-${name}`).toBe(value);
}

/** Each of #lock's `data-<name>` reaches its value (expectAttrBecomes), checked in the order given. */
export async function expectAttrsBecome(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await expectAttrBecomes(page, name, value);
}
