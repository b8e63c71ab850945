// The browser twin driven as a person would, by clicks and holds in Chromium: the seed's story
// (S3 inherited lock, S8 the 30 s Program hold through pack reinsertion, S16 handing with the door
// open, S19/S21 new Mastercode and code, S20 tested with the door open, S23 in that order), S9 an
// early release that must not reset, and a reload that keeps the twin's state.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve } from './static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const OUT = 'test-output';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

let server: { url: string; close(): Promise<void> };
let ctx: BrowserContext;
let profile: string;

async function open(): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#lock[data-vtime]');
  return page;
}

const attr = (page: Page, name: string) => page.getAttribute('#lock', `data-${name}`);
const vtime = async (page: Page) => Number(await attr(page, 'vtime'));

/** Let `ms` of virtual time pass on the running clock. */
async function waitVirtual(page: Page, ms: number): Promise<void> {
  const until = (await vtime(page)) + ms;
  await page.waitForFunction((u) => Number(document.querySelector('#lock')!.getAttribute('data-vtime')) >= u, until, { timeout: 30_000 });
}

/** Stop the virtual clock (keypad sequences then take only their own presses' time, so a slow
 * browser cannot let a 5 s programming timeout run out between two clicks). */
async function pauseClock(page: Page): Promise<void> {
  if ((await page.getAttribute('section.clockbar', 'data-paused')) !== 'true') await page.click('#pause');
  expect(await page.getAttribute('section.clockbar', 'data-paused')).toBe('true');
}

async function press(page: Page, key: string): Promise<void> {
  await page.click(`#lock button[data-key="${key}"]`);
}
async function type(page: Page, digits: string): Promise<void> {
  for (const d of digits) await press(page, d);
}

/** A real pointer-down on Program, held until the ring shows `ms` of virtual time; `whileHeld` runs with it down. */
async function holdProgram(page: Page, ms: number, whileHeld?: () => Promise<void>): Promise<void> {
  const box = (await page.locator('#program').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  if (whileHeld) await whileHeld();
  await page.waitForFunction((u) => Number(document.querySelector('#program')!.getAttribute('data-hold-ms')) >= u, ms, { timeout: 30_000 });
  await page.screenshot({ path: join(OUT, `hold-program-${ms}ms.png`) });
  await page.mouse.up();
}

/** The second hand: the pack goes in by keyboard while the mouse keeps Program down. */
async function insertFreshByKeyboard(page: Page): Promise<void> {
  await page.focus('#battery-in-fresh');
  await page.keyboard.press('Enter');
}

describe.skipIf(!HAVE_CHROMIUM)('the browser twin in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
    server = await serve('web/dist');
    profile = mkdtempSync(join(tmpdir(), 'lockstep-chromium-'));
    ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 390, height: 1400 } });
  }, 60_000);

  afterAll(async () => {
    await ctx?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('plays the seed story by clicks and holds, and a reload keeps the state', async () => {
    const page = await open();
    await page.click('#start-over');
    await pauseClock(page);
    // S3: the inherited lock: the previous owner's Mastercode and four codes, bolt thrown.
    expect(await attr(page, 'model')).toBe('smartcode-913');
    expect(await attr(page, 'codes')).toBe('4');
    expect(await attr(page, 'mastercode')).toBe('set');
    expect(await attr(page, 'bolt')).toBe('extended');
    // S2: Program asks for the Mastercode; a guess is refused (red ×3).
    await page.click('#program');
    await type(page, '1234');
    await press(page, 'lock');
    expect(await attr(page, 'led')).toBe('red');
    expect(await attr(page, 'led-flashes')).toBe('3');
    expect(await attr(page, 'codes')).toBe('4');

    // S8: door open, pack out, Program held, pack in while holding, 30 s at 10×, release.
    await page.click('#door-toggle');
    expect(await attr(page, 'door')).toBe('open');
    await page.click('#battery-out');
    await page.click('#rate-10');
    await holdProgram(page, 30_500, () => insertFreshByKeyboard(page));
    expect(await attr(page, 'mode')).toBe('reset-armed');
    expect(await attr(page, 'led')).toBe('red');
    await page.click('#rate-1');
    await page.click('#program'); // the confirming press (product-facts K1)
    await waitVirtual(page, 500);
    expect(await attr(page, 'led')).toBe('green');
    expect(await attr(page, 'codes')).toBe('0');
    expect(await attr(page, 'mastercode')).toBe('none');

    // S16: handing runs by itself with the door open.
    await page.click('#jump');
    expect(await attr(page, 'handed')).toBe('right');
    expect(await attr(page, 'bolt')).toBe('retracted');

    // S21: a new Mastercode at once: Program held 5 s (at 1×: a slow click after a hold at 10×
    // could outlast the entry timeout), code, Lock, code, Lock with the clock paused.
    await page.click('#rate-1');
    await holdProgram(page, 5_200);
    await pauseClock(page);
    await type(page, '86420');
    await press(page, 'lock');
    await type(page, '86420');
    await press(page, 'lock');
    expect(await attr(page, 'mastercode')).toBe('set');

    // S19: the family's code: Program, Mastercode, Lock, code, Lock.
    await page.click('#program');
    await type(page, '86420');
    await press(page, 'lock');
    await type(page, '2468');
    await press(page, 'lock');
    expect(await attr(page, 'codes')).toBe('1');

    // S20: tested with the door open: Lock throws the bolt, the code withdraws it.
    await page.click('#rate-1');
    await press(page, 'lock');
    await waitVirtual(page, 2_000);
    expect(await attr(page, 'bolt')).toBe('extended');
    expect(await attr(page, 'led')).toBe('amber');
    await type(page, '2468');
    await waitVirtual(page, 2_000);
    expect(await attr(page, 'bolt')).toBe('retracted');
    expect(await attr(page, 'led')).toBe('green');
    expect(await page.textContent('#timeline')).toContain('code added');
    await page.screenshot({ path: join(OUT, 'story-done.png'), fullPage: true });

    // A reload keeps the twin: codes, Mastercode, handing, virtual time.
    const before = await vtime(page);
    await page.reload();
    await page.waitForSelector('#lock[data-vtime]');
    expect(await attr(page, 'codes')).toBe('1');
    expect(await attr(page, 'mastercode')).toBe('set');
    expect(await attr(page, 'handed')).toBe('right');
    expect(await vtime(page)).toBeGreaterThanOrEqual(before);
    await page.close();
  }, 120_000);

  it('an early release of Program does not reset the lock (S9)', async () => {
    const page = await open();
    await page.click('#start-over');
    await page.click('#door-toggle');
    await page.click('#battery-out');
    await page.click('#rate-10');
    await holdProgram(page, 10_000, () => insertFreshByKeyboard(page));
    await waitVirtual(page, 30_000);
    expect(await attr(page, 'mode')).not.toBe('reset-armed');
    await page.click('#rate-1');
    await page.click('#program');
    await waitVirtual(page, 1_000);
    expect(await attr(page, 'codes')).toBe('4');
    expect(await attr(page, 'mastercode')).toBe('set');
    const events = await page.locator('#timeline .tl-event span').allTextContents();
    expect(events.some((e) => e.startsWith('reset not registered'))).toBe(true);
    expect(events.some((e) => e.startsWith('factory reset'))).toBe(false);
    await page.screenshot({ path: join(OUT, 'early-release.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
