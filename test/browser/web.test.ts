// The browser twin driven as a person would, by clicks and holds in Chromium: the seed's story
// (S3 inherited lock, S8 the 30 s Program hold through pack reinsertion, S16 handing with the door
// open, S19/S21 new Mastercode and code, S20 tested with the door open, S23 in that order), S9 an
// early release that must not reset (told once, by the lock's event, on a 250 and a 264 too), and a reload that keeps the twin's state. Press-and-hold by
// touch and by keyboard (one hold/release pair each, the ring growing while held); the model's
// own keypad (five two-digit keys on the 909/910 and Powerbolt 2 — product-facts §3, M10 — the
// Kwikset button, the Reset button in the ring — M11); the keypad backlight from the core.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { HAVE_CHROMIUM, OUT } from './chromium.ts';
import { builtTwinInChromium, type BrowserTwin } from './built-twin.ts';
import { afterNextFrame, expectAttrBecomes, renderedAttr } from './lock-attrs.ts';
import { ASIDE_PREFIX, STORAGE_KEY, type Saved } from '../../web/src/persist.ts';
import { INHERITED } from '../../web/src/session.ts';
import { decodeCommand } from '../../src/troubleshoot/decode-command.ts';
import { modeWords } from '../../web/src/mode-words.ts';
import { findModel } from '../../src/models/index.ts';


/** The page in Chromium, set up by the describe block below. */
let browser: BrowserTwin;

async function open(): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(browser.url);
  await page.waitForSelector('#lock[data-vtime]');
  return page;
}

const vtime = async (page: Page) => Number(await page.getAttribute('#lock', 'data-vtime'));

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

/** The person's inputs in the timeline ("press 5", "hold Program for 1.5 s"), oldest first. */
async function inputs(page: Page): Promise<string[]> {
  return (await page.locator('#timeline .tl-input span').allTextContents()).reverse();
}

/** How long after the expected inputs have appeared a doubled one would have shown up too. */
const EXTRA_INPUT_WAIT_MS = 300;

/** Wait until the timeline holds `count` inputs, then EXTRA_INPUT_WAIT_MS more (for any doubled
 * press to show): a slow machine cannot fail the count by drawing late. */
async function settledInputs(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('#timeline .tl-input').length >= n, count, { timeout: 30_000 });
  await page.waitForTimeout(EXTRA_INPUT_WAIT_MS);
}

/** Wait until a button's ring shows at least `ms` of virtual hold time. */
async function heldAtLeast(page: Page, selector: string, ms: number): Promise<void> {
  await page.waitForFunction(([s, u]) => Number(document.querySelector(s as string)!.getAttribute('data-hold-ms')) >= (u as number), [selector, ms] as const, { timeout: 30_000 });
}

/** What `lockstep decode --model <model> "<text>"` prints, line by line, as the page words it:
 * no colours, no "▶" before a meaning, "What to do:" for "→", a cause's list number dropped. */
function decodeLines(model: string, text: string): string[] {
  const lines: string[] = [];
  decodeCommand({ model, text }, { out: (l) => lines.push(...l.split('\n')), err: (l) => lines.push(l) });
  // eslint-disable-next-line no-control-regex
  return lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim().replace(/^▶ /, '').replace(/^→ /, 'What to do: ').replace(/^\d+\. /, ''));
}

/** The "Now" panel's mode row, as its term and value read together. */
async function modeRow(page: Page): Promise<string | undefined> {
  return (await page.locator('dl.state div').allTextContents()).find((r) => r.startsWith('Mode'));
}

/** The answer "What is my lock showing?" shows, line by line. */
async function readerLines(page: Page): Promise<string[]> {
  return (await page.locator('#reader-answer :is(p, h3, li)').allTextContents()).map((t) => t.trim());
}

/** A finger on the centre of `selector` (a real touch through the browser's input pipeline), on
 * screen as a finger finds it: scrolled into view first, wherever the page's layout put it. */
async function touch(cdp: CDPSession, page: Page, selector: string, type: 'touchStart' | 'touchEnd'): Promise<void> {
  if (type === 'touchStart') await page.locator(selector).scrollIntoViewIfNeeded();
  const box = (await page.locator(selector).boundingBox())!;
  const touchPoints = type === 'touchEnd' ? [] : [{ x: box.x + box.width / 2, y: box.y + box.height / 2, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
}

async function press(page: Page, key: string): Promise<void> {
  await page.click(`#lock button[data-key="${key}"]`);
}
async function type(page: Page, digits: string): Promise<void> {
  for (const d of digits) await press(page, d);
}
/** A programming sequence: Program, then each entry typed and closed with Lock. */
async function program(page: Page, ...entries: string[]): Promise<void> {
  await page.click('#program');
  for (const e of entries) {
    await type(page, e);
    await press(page, 'lock');
  }
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

/** Virtual time let pass after the page opens, for late requests (the icon) and messages to come. */
const SETTLE_AFTER_OPEN_MS = 1_000;

/** The second hand: the pack goes in by keyboard while the mouse keeps Program down. */
async function insertFreshByKeyboard(page: Page): Promise<void> {
  await page.focus('#battery-in-fresh');
  await page.keyboard.press('Enter');
}

/** A fresh lock made ready for the SmartCode reset: unlocked, the door open, the pack out (its
 * button disabled once the page has drawn it), the clock at 10×. */
async function readyForReset(page: Page): Promise<void> {
  await page.click('#start-over');
  await page.click('#thumb-unlock');
  await page.click('#door-toggle');
  await page.click('#battery-out');
  await page.waitForSelector('#battery-out:disabled');
  await page.click('#rate-10');
}

/** From now on, every text a live region inside `within` is given (what a screen reader would
 * say) is pushed to `window.said`, in order. */
async function recordSpoken(page: Page, within: string): Promise<void> {
  await page.evaluate((sel) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver((ms) => {
      for (const m of ms) {
        const node = m.target.nodeType === Node.ELEMENT_NODE ? (m.target as Element) : m.target.parentElement;
        const live = node?.closest('[aria-live]:not([aria-live="off"])');
        if (live && live.closest(sel)) said.push(live.textContent ?? '');
      }
    }).observe(document.querySelector(sel)!, { subtree: true, childList: true, characterData: true });
  }, within);
}

describe.skipIf(!HAVE_CHROMIUM)('the browser twin in Chromium', () => {
  browser = builtTwinInChromium('web', { width: 390, height: 1400 });

  it('opens whole: nothing it asks for is missing (its icon included) and nothing is said in the console', async () => {
    // The first page of a fresh profile: the one that asks for the site's icon.
    const page = await browser.ctx.newPage();
    const said: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') said.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => said.push(`page error: ${e.message}`));
    await page.goto(browser.url);
    await page.waitForSelector('#lock[data-vtime]');
    await waitVirtual(page, SETTLE_AFTER_OPEN_MS);
    expect(browser.missed).toEqual([]);
    expect(said).toEqual([]);
    await page.close();
  });

  it('plays the seed story by clicks and holds, and a reload keeps the state', async () => {
    const page = await open();
    await page.click('#start-over');
    await pauseClock(page);
    // S3: the inherited lock: the previous owner's Mastercode and four codes, bolt thrown.
    expect(await renderedAttr(page, 'model')).toBe('smartcode-913');
    expect(await renderedAttr(page, 'codes')).toBe('4');
    expect(await renderedAttr(page, 'mastercode')).toBe('set');
    expect(await renderedAttr(page, 'bolt')).toBe('extended');
    // S2: Program asks for the Mastercode; a guess is refused (red ×3).
    await program(page, '1234');
    expect(await renderedAttr(page, 'led')).toBe('red');
    expect(await renderedAttr(page, 'led-flashes')).toBe('3');
    expect(await renderedAttr(page, 'codes')).toBe('4');

    // S8: unlocked from inside and the door opened, pack out, Program held, pack in while
    // holding, 30 s at 10×, release.
    await page.click('#thumb-unlock');
    await page.click('#door-toggle');
    expect(await renderedAttr(page, 'door')).toBe('open');
    await page.click('#battery-out');
    await page.click('#rate-10');
    await holdProgram(page, 30_500, () => insertFreshByKeyboard(page));
    expect(await renderedAttr(page, 'mode')).toBe('reset-armed');
    expect(await renderedAttr(page, 'led')).toBe('red');
    // The "Now" panel says the mode in an owner's words, not the firmware's id.
    expect(await modeRow(page)).toBe(`Mode${modeWords(findModel('smartcode-913')!, 'reset-armed')}`);
    await page.click('#rate-1');
    await page.click('#program'); // the confirming press (product-facts K1)
    await waitVirtual(page, 500);
    expect(await renderedAttr(page, 'led')).toBe('green');
    expect(await renderedAttr(page, 'codes')).toBe('0');
    expect(await renderedAttr(page, 'mastercode')).toBe('none');

    // S16: handing runs by itself with the door open.
    await page.click('#jump');
    expect(await renderedAttr(page, 'handed')).toBe('right');
    expect(await renderedAttr(page, 'bolt')).toBe('retracted');

    // S21: a new Mastercode at once: Program held 5 s (at 1×: a slow click after a hold at 10×
    // could outlast the entry timeout), code, Lock, code, Lock with the clock paused.
    await page.click('#rate-1');
    await holdProgram(page, 5_200);
    await pauseClock(page);
    await type(page, '86420');
    await press(page, 'lock');
    await type(page, '86420');
    await press(page, 'lock');
    expect(await renderedAttr(page, 'mastercode')).toBe('set');

    // S19: the family's code: Program, Mastercode, Lock, code, Lock.
    await program(page, '86420', '2468');
    expect(await renderedAttr(page, 'codes')).toBe('1');

    // S20: tested with the door open: Lock throws the bolt, the code withdraws it.
    await page.click('#rate-1');
    await press(page, 'lock');
    await waitVirtual(page, 2_000);
    expect(await renderedAttr(page, 'bolt')).toBe('extended');
    expect(await renderedAttr(page, 'led')).toBe('amber');
    await type(page, '2468');
    await waitVirtual(page, 2_000);
    expect(await renderedAttr(page, 'bolt')).toBe('retracted');
    expect(await renderedAttr(page, 'led')).toBe('green');
    expect(await page.textContent('#timeline')).toContain('code added');
    await page.screenshot({ path: join(OUT, 'story-done.png'), fullPage: true });

    // A reload keeps the twin: codes, Mastercode, handing, virtual time.
    const before = await vtime(page);
    await page.reload();
    await page.waitForSelector('#lock[data-vtime]');
    expect(await renderedAttr(page, 'codes')).toBe('1');
    expect(await renderedAttr(page, 'mastercode')).toBe('set');
    expect(await renderedAttr(page, 'handed')).toBe('right');
    expect(await vtime(page)).toBeGreaterThanOrEqual(before);
    await page.close();
  }, 120_000);

  it('a damaged save never stops the page: it is set aside under its own key, the page says why and starts a fresh lock', async () => {
    const page = await open();
    await page.click('#start-over');
    await press(page, '5'); // the release saves
    const good = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!) as Saved;
    expect(good.log.length).toBeGreaterThan(1);
    const withClockAt = structuredClone(good);
    withClockAt.snapshot.sim.now = 1.5; // restored unchecked, the twin's clock would never reach a whole ms: the page hangs
    const withEntry = structuredClone(good) as unknown as { log: { v: unknown }[] };
    withEntry.log[1]!.v = null; // the timeline cannot read it: the page stops as it starts
    const damages: [string, string][] = [
      [JSON.stringify(withClockAt), 'snapshot: sim.now: '],
      [JSON.stringify(withEntry), 'log[1].v: '],
      [JSON.stringify(good).slice(0, 200), 'not JSON: '],
    ];
    for (const [text, problem] of damages) {
      await page.goto(`${browser.url}not-the-page`); // same origin, but no page to save over the planted text
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, text] as const);
      await page.goto(browser.url);
      await page.waitForSelector('#lock[data-vtime]');
      expect(await page.textContent('#notice')).toContain(problem);
      const aside = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), ASIDE_PREFIX);
      expect(aside).toContain(text);
      await pauseClock(page);
      await press(page, '7');
      await settledInputs(page, 1);
      expect(await inputs(page)).toEqual(['press 7']); // a fresh lock, and it answers
    }
    await page.click('#notice-dismiss');
    expect(await page.$('#notice')).toBeNull();
    await page.reload(); // the page's own save, written since, restores without a word
    await page.waitForSelector('#lock[data-vtime]');
    expect(await page.$('#notice')).toBeNull();
    expect(await inputs(page)).toContain('press 7');
    await page.close();
  }, 60_000);

  it('an early release of Program does not reset the lock (S9)', async () => {
    const page = await open();
    await readyForReset(page);
    await holdProgram(page, 10_000, () => insertFreshByKeyboard(page));
    await waitVirtual(page, 30_000);
    expect(await renderedAttr(page, 'mode')).not.toBe('reset-armed');
    await page.click('#rate-1');
    await page.click('#program');
    await waitVirtual(page, 1_000);
    expect(await renderedAttr(page, 'codes')).toBe('4');
    expect(await renderedAttr(page, 'mastercode')).toBe('set');
    const events = await page.locator('#timeline .tl-event span').allTextContents();
    expect(events.some((e) => e.startsWith('factory reset not registered'))).toBe(true);
    expect(events.some((e) => e.startsWith('factory reset done'))).toBe(false);
    await page.screenshot({ path: join(OUT, 'early-release.png'), fullPage: true });
    await page.close();
  }, 60_000);
  it('does the reset by keyboard alone: Space held on Program, focus to the pack, Enter; the ring counts from power-up, as the lock does', async () => {
    const page = await open();
    await page.click('#start-over');
    // The inherited lock's bolt holds the door: the door cannot open until it is withdrawn.
    await page.waitForSelector('#door-toggle:disabled');
    await page.click('#thumb-unlock');
    await page.click('#door-toggle');
    expect(await renderedAttr(page, 'door')).toBe('open');
    // One pack at a time: in, it can only come out.
    expect(await page.isDisabled('#battery-in-fresh')).toBe(true);
    await page.click('#battery-out');
    await page.waitForSelector('#battery-out:disabled');
    await page.click('#rate-10');
    await page.focus('#program');
    await page.keyboard.down('Space');
    await heldAtLeast(page, '#program', 3_000);
    // Program is down, but the lock counts nothing before power-up (S8, K1).
    expect(await page.getAttribute('.ring-wrap', 'data-counted-ms')).toBe('-1');
    expect(await page.textContent('.hold-text')).toContain('not counting toward a reset');
    await page.focus('#battery-in-fresh'); // focus moves on: the Space hold goes on
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#program', 'aria-pressed')).toBe('true');
    await page.waitForFunction(() => Number(document.querySelector('.ring-wrap')!.getAttribute('data-counted-ms')) >= 5_000, null, { timeout: 30_000 });
    // The ring shows the lock's count, seconds behind how long the key has been down.
    const counted = Number(await page.getAttribute('.ring-wrap', 'data-counted-ms'));
    expect(Number(await page.getAttribute('#program', 'data-hold-ms'))).toBeGreaterThan(counted + 2_000);
    await page.waitForFunction(() => document.querySelector('#lock')!.getAttribute('data-mode') === 'reset-armed', null, { timeout: 30_000 });
    expect(await page.textContent('.hold-text')).toContain('Held the full 30 s');
    await page.keyboard.up('Space');
    await page.click('#rate-1');
    await page.click('#program'); // the confirming press (product-facts K1)
    await waitVirtual(page, 500);
    expect(await renderedAttr(page, 'codes')).toBe('0');
    // The Program label fits inside its ring.
    expect(await page.$eval('#program', (b) => b.scrollWidth <= b.clientWidth)).toBe(true);
    await page.close();
  }, 90_000);

  it('keeps keyboard focus on the pack when the button pressed is disabled by it: Enter on Pull pack leaves focus on Insert fresh, and back', async () => {
    const page = await open();
    await page.click('#start-over');
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.focus('#battery-out');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#battery-out:disabled');
    // Not dropped to the top of the page: the next key a keyboard user presses acts on the pack.
    await expect.poll(focused).toBe('battery-in-fresh');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#battery-in-fresh:disabled');
    await expect.poll(focused).toBe('battery-out');
    expect(await renderedAttr(page, 'battery')).toBe('in');
    // The door's toggle, disabled under focus by the bolt thrown, leaves focus in the door's panel.
    await page.click('#thumb-unlock');
    await page.waitForSelector('#door-toggle:enabled');
    await page.focus('#door-toggle');
    await page.$eval('#thumb-lock', (b) => (b as HTMLButtonElement).click()); // turned inside while focus stays on the door
    await page.waitForSelector('#door-toggle:disabled');
    await expect.poll(focused).toBe('strike-toggle');
    await page.close();
  });

  it('announces a reset hold to a screen reader in whole steps, not every tenth of a second the ring line redraws', async () => {
    const page = await open();
    await readyForReset(page);
    // Every text a live region is given while Program is held through the pack going in.
    await recordSpoken(page, '.interior');
    await page.focus('#program');
    await page.keyboard.down('Space');
    await page.focus('#battery-in-fresh');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#lock')!.getAttribute('data-mode') === 'reset-armed', null, { timeout: 30_000 });
    await page.keyboard.up('Space');
    const said = [...new Set(await page.evaluate(() => (window as unknown as { said: string[] }).said))];
    // The ring's line redraws the count every frame; what is said aloud moves in 5 s steps.
    expect(said.length).toBeLessThanOrEqual(9);
    expect(said.filter((t) => /held \d+\.\d s of 30 s/.test(t)).every((t) => /held (0|5|10|15|20|25)\.0 s of 30 s/.test(t))).toBe(true);
    expect(said.at(-1)).toBe('Held the full 30 s: release Program, then press it once more');
    // The line on the page still shows the count as it runs.
    expect(await page.getAttribute('.hold-text', 'aria-live')).toBeNull();
    await page.close();
  }, 60_000);

  it('tells what a light or beep meant right under the lock, not below the Scenarios panel: on a phone it is the next thing down', async () => {
    const page = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector('#scn-file'); // the Scenarios panel, loaded after the page
    const order = await page.evaluate(() => {
      const lock = document.querySelector('#lock')!;
      const told = document.querySelector('.panel.timeline')!;
      const scenarios = document.querySelector('#scn-file')!.closest('section')!;
      return {
        next: lock.nextElementSibling === told,
        scenariosAfter: (told.compareDocumentPosition(scenarios) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        gap: told.getBoundingClientRect().top - lock.getBoundingClientRect().bottom,
      };
    });
    expect(order).toEqual({ next: true, scenariosAfter: true, gap: expect.any(Number) });
    expect(order.gap).toBeLessThan(40);
    await page.close();
  });

  it('says what changed in the "Now" panel to a screen reader once per change, not the whole panel at every frame of a bolt run', async () => {
    const page = await open();
    await page.click('#start-over');
    await page.click('#thumb-unlock');
    await expectAttrBecomes(page, 'bolt', 'retracted');
    await recordSpoken(page, '#lock');
    await page.click('#lock button[data-key="lock"]'); // the motor throws the bolt
    await expectAttrBecomes(page, 'bolt', 'extended');
    await page.waitForTimeout(300);
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    // Told in words as it changes (moving, then thrown and locked) — not the travel's every percent.
    expect(said.length).toBeLessThanOrEqual(4);
    expect(said.some((t) => t.includes('%'))).toBe(false);
    expect(said.join(' ')).toContain('Bolt: moving.');
    expect(said.at(-1)).toContain('Bolt: extended.');
    expect(said.join(' ')).toContain('Locked: yes.');
    expect(await page.getAttribute('#lock dl.state', 'aria-live')).toBeNull();
    await page.close();
  });

  it('finds the model from what the lock or its box says (seed S13), by keyboard, and puts it on the page', async () => {
    const page = await open();
    await page.click('#start-over');
    // Folded until asked for: the lock stays where it was on a phone.
    expect(await page.isVisible('#model-find')).toBe(false);
    await page.focus('#model-finder summary');
    await page.keyboard.press('Enter');
    await page.focus('#model-find');
    await page.keyboard.type('the box says 916');
    await page.keyboard.press('Enter');
    const first = page.locator('#model-found button').first();
    await expect.poll(() => first.textContent()).toBe('SmartCode 916 (touchscreen, Z-Wave) — best match');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#lock[data-model="smartcode-916"]');
    expect(await page.inputValue('#model')).toBe('smartcode-916');
    // Words alone, as an owner would put a look: the touchscreen is the 916.
    await page.fill('#model-find', 'touch screen');
    await page.click('#model-find-go');
    await expect.poll(() => first.textContent()).toBe('SmartCode 916 (touchscreen, Z-Wave) — best match');
    // A number that is none of ours is said, with where to look.
    await page.fill('#model-find', 'SmartCode 888');
    await page.click('#model-find-go');
    await expect.poll(() => page.textContent('#model-found-note')).toMatch(/^No model is numbered “888”\..*inside of the lock .* or on the box/);
    await page.fill('#model-find', 'zzz');
    await page.click('#model-find-go');
    await expect.poll(() => page.textContent('#model-found-note')).toMatch(/^No model matches “zzz”\./);
    expect(await page.locator('#model-found button').count()).toBe(0);
    // A look no model has is said as `lockstep identify` says it.
    await page.fill('#model-find', 'Wi-Fi');
    await page.click('#model-find-go');
    await expect.poll(() => page.textContent('#model-found-note')).toMatch(/^No model lockstep knows has Wi-Fi\. No model matches “Wi-Fi”\./);
    await page.close();
  });

  it('reads an owner\'s own lock as lockstep decode does, for the model on the page (seed S7; product-facts M4, M9), by keyboard', async () => {
    const page = await open();
    await page.click('#start-over');
    await page.selectOption('#model', 'smartcode-913');
    // Folded until asked for, at the foot of "What just happened": the lock stays where it was on a phone.
    await page.waitForSelector('#lock-reader summary');
    expect(await page.isVisible('#reader-text')).toBe(false);
    await page.focus('#lock-reader summary');
    await page.keyboard.press('Enter');
    await page.focus('#reader-text');
    const complaint = 'flashed red 3 times and beeped';
    await page.keyboard.type(complaint);
    await page.keyboard.press('Enter');
    const on913 = decodeLines('smartcode-913', complaint);
    await expect.poll(() => readerLines(page)).toEqual(on913);
    expect(on913.join('\n')).toContain('(assumed from product-facts M4; seed S7)');
    // Another model, another table: the answer is read again for the Powerbolt 250 (its guide, M9).
    await page.selectOption('#model', 'powerbolt-250');
    const on250 = decodeLines('powerbolt-250', complaint);
    expect(on250).not.toEqual(on913);
    expect(on250.join('\n')).toContain("(product-facts M9; the beeps: assumed; the minute's window and the lockout's length: assumed; seed S7)");
    await expect.poll(() => readerLines(page)).toEqual(on250);
    // Nothing on the lock looks like that: said as decode says it, with the page's own next step.
    await page.fill('#reader-text', 'flashed blue 7 times');
    await page.click('#reader-go');
    const nothing = decodeLines('powerbolt-250', 'flashed blue 7 times');
    await expect.poll(() => readerLines(page)).toEqual([
      nothing[0],
      'Nothing on the Powerbolt 250 looks like that.',
      'Count the flashes and beeps again, or check the model (“Not sure which?” under Model; this was the Powerbolt 250).',
    ]);
    expect(nothing[1]).toBe('Nothing on the Powerbolt 250 looks like that.');
    await page.close();
  });

  it('names the admin code as the model does: "Programming code" on the 275', async () => {
    const page = await open();
    await page.selectOption('#model', 'smartcode-275');
    await page.waitForSelector('#lock[data-model="smartcode-275"]');
    const terms = await page.locator('dl.state dt').allTextContents();
    expect(terms).toContain('Programming code');
    expect(terms).not.toContain('Mastercode');
    await page.close();
  });

  it('says beside the Program button that it does nothing on the 92640-001, whose programming opens at the keypad and reset is the Reset button (product-facts §7, M11)', async () => {
    const page = await open();
    await page.selectOption('#model', 'powerbolt-92640-001');
    await page.waitForSelector('#lock[data-model="powerbolt-92640-001"]');
    const note = page.locator('#program-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('The Program button does nothing on the Powerbolt 264 — SKU 92640-001: programming opens at the keypad (the programming code, then Kwikset) and the reset is the Reset button.');
    expect(await page.getAttribute('#program', 'aria-describedby')).toBe('program-note');
    await page.selectOption('#model', 'smartcode-913');
    await page.waitForSelector('#lock[data-model="smartcode-913"]');
    expect(await note.isVisible()).toBe(false);
    expect(await page.getAttribute('#program', 'aria-describedby')).toBeNull();
    await page.close();
  });

  it('has no Mastercode row saying "none" on the 909, whose codes go by position (product-facts M15)', async () => {
    const page = await open();
    await page.selectOption('#model', 'smartcode-909');
    await page.waitForSelector('#lock[data-model="smartcode-909"]');
    const rows = await page.locator('dl.state div').allTextContents();
    const admin = rows.find((r) => r.startsWith('Mastercode'));
    expect(admin).toBe('Mastercodenot on this model (codes by position)');
    await page.selectOption('#model', 'smartcode-913');
    await page.waitForSelector('#lock[data-model="smartcode-913"]');
    expect((await page.locator('dl.state div').allTextContents()).find((r) => r.startsWith('Mastercode'))).toMatch(/^Mastercode(set|none)$/);
    await page.close();
  });

  it('says on the page why a control is disabled: the door held by the bolt, and the one pack at a time — seen at phone width, with no hover', async () => {
    const page = await open();
    await page.click('#start-over');
    await pauseClock(page);
    // The fresh lock is locked: its thrown bolt holds the door shut (S17's bolt and frame).
    await page.waitForSelector('#door-toggle:disabled');
    const doorWhy = page.locator('#door-why');
    await expect.poll(() => doorWhy.isVisible()).toBe(true);
    expect(await doorWhy.textContent()).toBe('The door cannot be opened: the bolt is thrown and holds the door shut — withdraw it first (thumbturn, key or code).');
    expect(await page.getAttribute('#door-toggle', 'aria-describedby')).toBe('door-why');
    // A pack is in: the inserts are disabled, and say so.
    const packWhy = page.locator('#pack-why');
    expect(await page.isDisabled('#battery-in-fresh')).toBe(true);
    expect(await packWhy.textContent()).toBe('A pack is in: pull it before inserting one.');
    expect(await page.getAttribute('#battery-in-fresh', 'aria-describedby')).toBe('pack-why');
    expect(await page.getAttribute('#battery-in-weak', 'aria-describedby')).toBe('pack-why');
    expect(await page.getAttribute('#battery-out', 'aria-describedby')).toBeNull();
    await page.click('#thumb-unlock');
    await page.click('#battery-out');
    await expect.poll(() => doorWhy.isVisible()).toBe(false);
    expect(await page.getAttribute('#door-toggle', 'aria-describedby')).toBeNull();
    // The pack's buttons are drawn at the frame after the click, like the rest of the lock.
    await expect.poll(() => page.isDisabled('#battery-out')).toBe(true);
    expect(await packWhy.textContent()).toBe('No pack is in: insert one.');
    expect(await page.getAttribute('#battery-out', 'aria-describedby')).toBe('pack-why');
    expect(await page.getAttribute('#battery-in-fresh', 'aria-describedby')).toBeNull();
    await page.close();
  });

  it('tells the Powerbolt 250\'s reset with the bolt retracted (product-facts M9)', async () => {
    const page = await open();
    await page.selectOption('#model', 'powerbolt-250');
    await page.waitForSelector('#lock[data-model="powerbolt-250"]');
    await page.waitForFunction(() => /Hold Program 15 s with the bolt retracted for the reset/.test(document.querySelector('.hold-text')?.textContent ?? ''));
    // A SmartCode's reset counts from power-up (seed S8): the line says the pack comes out first.
    await page.selectOption('#model', 'smartcode-913');
    await page.waitForSelector('#lock[data-model="smartcode-913"]');
    await page.waitForFunction(() => /Unlock and open the door first \(door handing follows the reset by itself\), then pull the pack, hold Program, put the pack back: 30 s for the reset/.test(document.querySelector('.hold-text')?.textContent ?? ''));
    await page.close();
  });

  it('says the 92640-001 is reset, and to let go, while Reset is held on past its 5 s (product-facts M11, seed S14)', async () => {
    const page = await open();
    await page.selectOption('#model', 'powerbolt-92640-001');
    await page.waitForSelector('#lock[data-model="powerbolt-92640-001"]');
    await page.click('#rate-10');
    await page.focus('#reset');
    await page.keyboard.down('Space');
    await heldAtLeast(page, '#reset', 6_000);
    await page.waitForFunction(() => /factory reset done/.test(document.querySelector('#timeline')?.textContent ?? ''));
    expect(await page.textContent('.hold-text')).toBe('Reset held the full 5 s: the lock is reset — let go of Reset');
    await page.keyboard.up('Space');
    await page.click('#rate-1');
    await page.close();
  });

  it("tells a reset hold let go early once, by the lock's own event, on a Powerbolt 250 (Program at 10 s) and a 264 (Reset at 3 s) (seed S9)", async () => {
    const page = await open();
    const told = async () => (await page.locator('#timeline .tl-event span').allTextContents()).filter((e) => e.startsWith('factory reset not registered'));
    await page.selectOption('#model', 'powerbolt-250');
    await page.waitForSelector('#lock[data-model="powerbolt-250"]');
    await page.click('#rate-10');
    await page.focus('#program');
    await page.keyboard.down('Space');
    await heldAtLeast(page, '#program', 10_000);
    await page.keyboard.up('Space');
    await expect.poll(told).toEqual(['factory reset not registered (Program released early)']);
    await waitVirtual(page, 2_000);
    expect(await told()).toHaveLength(1);
    expect(await renderedAttr(page, 'mode')).not.toBe('reset-armed');
    await page.selectOption('#model', 'powerbolt-264');
    await page.waitForSelector('#lock[data-model="powerbolt-264"]');
    await page.focus('#reset');
    await page.keyboard.down('Space');
    await heldAtLeast(page, '#reset', 3_000);
    await page.keyboard.up('Space');
    await expect.poll(told).toEqual(['factory reset not registered (Reset released early)']);
    await page.click('#rate-1');
    await page.close();
  }, 60_000);

  it('keeps the Switches box inside its panel at mid widths (780 and 1024 px wide)', async () => {
    const page = await open();
    for (const width of [780, 1024, 390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const over = await page.$eval('.switches', (sw) => {
        const box = sw.getBoundingClientRect();
        const parent = sw.parentElement!.getBoundingClientRect();
        return box.right - parent.right;
      });
      expect(over, `${width} px`).toBeLessThanOrEqual(0.5);
    }
    await page.close();
  });

  it('draws keypad digits and Lock at WCAG AA contrast (4.5:1) unlit', async () => {
    const page = await open();
    const ratio = () =>
      page.$eval('#lock .keypad button[data-key="lock"]', (b) => {
        const rgb = (c: string) => c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, bl] = rgb(c).map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        };
        const st = getComputedStyle(b);
        const [hi, lo] = [lum(st.color), lum(st.backgroundColor)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      });
    await page.waitForSelector('#lock .keypad:not(.lit)');
    expect(await ratio()).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('draws the lock\'s coloured lines, the notes under the controls and a pressed toggle at WCAG AA contrast (4.5:1), light and dark', async () => {
    const page = await open();
    await page.click('#start-over');
    await page.click('#thumb-unlock'); // green: the status light blinks green
    await type(page, '9999'); // red: a wrong code
    await page.waitForSelector('#timeline .tl[data-color="red"]');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await afterNextFrame(page);
      const low = await page.evaluate(() => {
        const rgb = (c: string) => c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        // The page's own background where nothing paints one: the scheme's Canvas.
        const probe = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'background: Canvas' }));
        const canvas = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const background = (e: Element): string => {
          for (let x: Element | null = e; x; x = x.parentElement) {
            const bg = getComputedStyle(x).backgroundColor;
            if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
          }
          return canvas;
        };
        const texts = [...document.querySelectorAll('#timeline .tl[data-color] span, #opens-with, .why-disabled:not([hidden]), button[aria-pressed="true"]')];
        return texts.flatMap((e) => {
          const [hi, lo] = [lum(getComputedStyle(e).color), lum(background(e))].sort((x, y) => y - x);
          const ratio = (hi + 0.05) / (lo + 0.05);
          return ratio < 4.5 ? [`${ratio.toFixed(2)}: ${e.textContent!.trim().slice(0, 40)}`] : [];
        });
      });
      expect(low, colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
    await page.close();
  });

  it('holds Program by touch: the ring grows, one hold/release pair, no context menu, no doubled press', async () => {
    const page = await open();
    await page.click('#start-over');
    await page.click('#rate-1');
    await page.evaluate(() => {
      const w = window as unknown as { menus: { prevented: boolean }[] };
      w.menus = [];
      document.addEventListener('contextmenu', (e) => w.menus.push({ prevented: e.defaultPrevented }));
    });
    const cdp = await browser.ctx.newCDPSession(page);
    await touch(cdp, page, '#program', 'touchStart');
    await heldAtLeast(page, '#program', 300);
    const early = Number(await page.getAttribute('#program', 'data-hold-ms'));
    await heldAtLeast(page, '#program', 1_500); // 1.5 s of a finger down: long enough for a long-press menu
    expect(Number(await page.getAttribute('#program', 'data-hold-ms'))).toBeGreaterThan(early);
    expect(await page.getAttribute('#program', 'aria-pressed')).toBe('true');
    // a long-press menu (the browser's contextmenu on a held finger) is refused and does not end the hold
    expect(await page.evaluate(() => !document.querySelector('#program')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })))).toBe(true);
    expect(await page.getAttribute('#program', 'aria-pressed')).toBe('true');
    await touch(cdp, page, '#program', 'touchEnd');
    await page.waitForFunction(() => document.querySelector('#program')!.getAttribute('data-hold-ms') === '0');
    expect(await page.getAttribute('#program', 'aria-pressed')).toBe('false');
    const menus = await page.evaluate(() => (window as unknown as { menus: { prevented: boolean }[] }).menus);
    expect(menus.length).toBeGreaterThan(0);
    expect(menus.filter((m) => !m.prevented)).toEqual([]);
    // a tap on a keypad key: one press, however many compatibility mouse events follow the touch
    await touch(cdp, page, '#lock button[data-key="5"]', 'touchStart');
    await touch(cdp, page, '#lock button[data-key="5"]', 'touchEnd');
    // pointer events made by script (no active pointer to capture) press once too
    await page.evaluate(() => {
      const b = document.querySelector('#lock button[data-key="6"]')!;
      const init = { bubbles: true, cancelable: true, pointerId: 77, pointerType: 'touch', isPrimary: true, button: 0 };
      b.dispatchEvent(new PointerEvent('pointerdown', init));
      b.dispatchEvent(new PointerEvent('pointerup', { ...init, button: -1 }));
    });
    await settledInputs(page, 3);
    const seen = await inputs(page);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toMatch(/^hold Program for \d+\.\d s$/);
    expect(seen[1]).toBe('press 5');
    expect(seen[2]).toBe('press 6');
    await cdp.detach();
    await page.close();
  }, 60_000);

  it('holds Program by keyboard (Space, auto-repeat ignored) and presses a key by a held Enter once', async () => {
    const page = await open();
    await page.click('#start-over');
    await page.click('#rate-1');
    await page.focus('#program');
    await page.keyboard.down('Space');
    await heldAtLeast(page, '#program', 300);
    const early = Number(await page.getAttribute('#program', 'data-hold-ms'));
    for (let i = 0; i < 5; i++) await page.keyboard.down('Space'); // auto-repeat: keydown with repeat set
    await page.keyboard.press('Enter'); // the other hold key, pressed and let go mid-hold: the Space hold goes on
    expect(await page.getAttribute('#program', 'aria-pressed')).toBe('true');
    await heldAtLeast(page, '#program', 1_500);
    expect(Number(await page.getAttribute('#program', 'data-hold-ms'))).toBeGreaterThan(early);
    expect(await page.getAttribute('#program', 'aria-pressed')).toBe('true');
    await page.keyboard.up('Space');
    await page.waitForFunction(() => document.querySelector('#program')!.getAttribute('data-hold-ms') === '0'); // drawn at the next frame
    expect(await page.getAttribute('#program', 'aria-pressed')).toBe('false');
    await page.focus('#lock button[data-key="7"]');
    await page.keyboard.down('Enter');
    for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await settledInputs(page, 2);
    const seen = await inputs(page);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatch(/^hold Program for \d+\.\d s$/);
    expect(seen[1]).toBe('press 7');
    await page.close();
  }, 60_000);

  it('draws the model keypad: five two-digit keys on the 909, a code added and opened on them; Kwikset and Reset on the Powerbolts', async () => {
    const page = await open();
    await page.selectOption('#model', 'smartcode-909');
    await page.waitForSelector('#lock[data-model="smartcode-909"]');
    await pauseClock(page);
    expect(await renderedAttr(page, 'keypad')).toBe('pairs');
    const keys = page.locator('#lock .keypad button');
    expect(await keys.allTextContents()).toEqual(['1 2', '3 4', '5 6', '7 8', '9 0', 'Lock']);
    expect(await page.locator('#lock .keypad button[data-digits]').evaluateAll((bs) => bs.map((b) => `${b.getAttribute('data-digits')}:${b.getAttribute('data-key')}`))).toEqual(['12:1', '34:3', '56:5', '78:7', '90:9']);
    await page.screenshot({ path: join(OUT, 'keypad-909.png') });
    // product-facts M15: Program once (slot 1), the code, Lock; then the code opens the lock.
    await page.click('#thumb-unlock'); // the bolt holds the door until it is withdrawn
    await page.click('#door-toggle');
    await page.click('#program');
    for (const d of '2468') await page.click(`#lock .keypad button[data-digits*="${d}"]`);
    await press(page, 'lock');
    await page.waitForSelector('#lock[data-codes="1"]');
    await page.click('#rate-1');
    await waitVirtual(page, 1_000);
    for (const d of '1357') await page.click(`#lock .keypad button[data-digits*="${d}"]`); // the same keys as 2468 (product-facts §8)
    await waitVirtual(page, 2_000);
    expect(await renderedAttr(page, 'bolt')).toBe('retracted');
    // back to a ten-key model: the keypad is redrawn
    await page.selectOption('#model', 'powerbolt-264');
    await page.waitForSelector('#lock[data-model="powerbolt-264"]');
    expect(await renderedAttr(page, 'keypad')).toBe('single');
    expect(await keys.count()).toBe(11);
    expect(await page.textContent('#lock .keypad button[data-key="lock"]')).toBe('Kwikset');
    expect(await page.locator('.ring-wrap #reset').isVisible()).toBe(true);
    expect(await page.textContent('.hold-text')).toContain('Hold Reset 5 s');
    await page.selectOption('#model', 'powerbolt-2');
    await page.waitForSelector('#lock[data-model="powerbolt-2"]');
    expect((await keys.allTextContents()).slice(0, 5)).toEqual(['1 2', '3 4', '5 6', '7 8', '9 0']);
    expect(await page.getAttribute('#lock .keypad button[data-digits="90"]', 'data-key')).toBe('0'); // its menu's 0 (door handing, product-facts S1)
    expect(await page.textContent('#lock .keypad button[data-key="lock"]')).toBe('Lock'); // its guide: press the lock button (product-facts section 5)
    expect(await page.textContent('#opens-with')).toContain('Opens with your code, then Lock'); // product-facts M10
    await page.selectOption('#model', 'smartcode-913');
    await page.waitForSelector('#lock[data-model="smartcode-913"]');
    expect(await page.textContent('#opens-with')).toContain('Opens as the last digit of a right code is pressed');
    expect(await page.textContent('label:has(#switch-4)')).toContain('(unused)');
    expect(await keys.count()).toBe(11);
    expect(await page.locator('.ring-wrap #program').count()).toBe(1);
    expect(await page.locator('#reset').isVisible()).toBe(false);
    await page.close();
  }, 60_000);

  it("shows the 955's codes disabled by its menu (item 6, then 0) in the state panel and on #lock", async () => {
    const page = await open();
    await page.selectOption('#model', 'smartcode-955');
    await page.waitForSelector('#lock[data-model="smartcode-955"]');
    await page.click('#thumb-unlock'); // the bolt holds the door until it is withdrawn
    await page.click('#door-toggle'); // open: the fresh lock learns its handing
    await expectAttrBecomes(page, 'handed', 'right');
    await pauseClock(page);
    expect(await renderedAttr(page, 'user-codes')).toBe('enabled');
    await program(page, '6', '0');
    await expectAttrBecomes(page, 'user-codes', 'disabled');
    expect(await renderedAttr(page, 'one-time-slot')).toBe('none');
    expect(await page.textContent('dl.state')).toContain('all disabled (key only)');
    await page.close();
  }, 60_000);

  it('shows SecureScreen\'s digits on the 916 with switch 4 on: touched, then the code opens (product-facts M5, M7)', async () => {
    const page = await open();
    await page.selectOption('#model', 'smartcode-916');
    await page.waitForSelector('#lock[data-model="smartcode-916"]');
    await pauseClock(page);
    const code = INHERITED.codes![1]; // the page's inherited lock, its bolt thrown
    expect(await page.textContent('label:has(#switch-4)')).toContain('SecureScreen');
    expect(await page.textContent('#opens-with')).not.toContain('SecureScreen');
    await page.click('#switch-4');
    // Drawn at the next animation frame, not in the click: wait for it.
    await page.waitForFunction(() => document.querySelector('#opens-with')!.textContent!.includes('SecureScreen is on'), null, { timeout: 10_000 });
    expect(await page.textContent('#opens-with')).toContain('SecureScreen is on (switch 4): touch the screen, then the digits it shows, then your code.');
    await press(page, '9'); // the touch wakes the screen
    await page.waitForSelector('#secure-screen:not([hidden])');
    const shown = (await renderedAttr(page, 'secure-screen')) ?? '';
    expect(shown).toMatch(/^[0-9]{2}$/);
    expect(await page.textContent('#secure-screen')).toContain(`touch ${shown[0]} ${shown[1]}`);
    await page.screenshot({ path: join(OUT, 'secure-screen-916.png') });
    expect(await renderedAttr(page, 'bolt')).toBe('extended');
    await type(page, shown);
    await expectAttrBecomes(page, 'secure-screen', '');
    expect(await page.locator('#secure-screen').isHidden()).toBe(true);
    await type(page, code);
    await page.click('#rate-1'); // the clock runs again: the bolt's run takes its time
    await waitVirtual(page, 2_000);
    expect(await renderedAttr(page, 'bolt')).toBe('retracted');
    await page.close();
  }, 60_000);

  it('lights the keypad backlight from the core while the lock is awake after a touch', async () => {
    const page = await open();
    await page.click('#start-over');
    await pauseClock(page);
    await page.waitForSelector('#lock[data-backlight="off"] .keypad:not(.lit)');
    await press(page, '4');
    await page.waitForSelector('#lock[data-backlight="on"] .keypad.lit');
    await page.click('#jump'); // 30 s later the lock sleeps again
    await page.waitForSelector('#lock[data-backlight="off"] .keypad:not(.lit)');
    await page.click('#program'); // the interior button does not light the keypad...
    expect(await renderedAttr(page, 'mode'), 'the Program press was taken').not.toBe('idle');
    expect(await renderedAttr(page, 'backlight'), '...though the lock is awake').toBe('off');
    await page.close();
  }, 60_000);

  it("unplugs the keypad's cable: keys light and wake nothing until it is plugged back in (product-facts M5, M6)", async () => {
    const page = await open();
    await page.click('#start-over');
    await pauseClock(page);
    await page.click('#exterior-toggle');
    await page.waitForSelector('#lock[data-exterior="disconnected"]');
    await press(page, '4');
    await settledInputs(page, 2);
    expect(await renderedAttr(page, 'backlight'), 'a key pressed on an unplugged keypad').toBe('off');
    await page.click('#exterior-toggle');
    await page.waitForSelector('#lock[data-exterior="connected"]');
    await press(page, '4');
    await page.waitForSelector('#lock[data-backlight="on"] .keypad.lit');
    await page.close();
  }, 60_000);

  it('reads #lock as drawn after a click, not the frame before it, however late that frame comes', async () => {
    const page = await browser.ctx.newPage();
    // A page that, like the twin's, changes state in the click and draws it in the next animation
    // frame — on a machine so busy that the next frame comes SLOW_FRAME_MS after it was asked for.
    const SLOW_FRAME_MS = 1_000;
    await page.setContent(`<section id="lock" data-door="closed"></section><button id="door-toggle">door</button>
      <script>
        let queued = [];
        window.requestAnimationFrame = (callback) => {
          if (queued.length === 0) setTimeout(() => { const due = queued; queued = []; for (const c of due) c(performance.now()); }, ${SLOW_FRAME_MS});
          queued.push(callback);
          return queued.length;
        };
        document.querySelector('#door-toggle').addEventListener('click', () => requestAnimationFrame(() => (document.querySelector('#lock').dataset.door = 'open')));
      </script>`);
    await page.click('#door-toggle');
    expect(await renderedAttr(page, 'door')).toBe('open');
    await page.close();
  });
});
