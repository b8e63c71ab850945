// In-page probe for `npm run bench` (bench/web-latency.ts adds it to the built browser twin):
// presses keypad keys with pointer events at a known performance.now() and times when the
// status LED element (#lock .led, data-color) changes, and when the page's timeline shows the
// twin's new LED trace entry (the page drains the trace into #timeline synchronously, so that
// is when the twin emitted it). Plain browser JavaScript, so that nothing is compiled into it.
// Times are performance.now() ms; a frame's time is document.timeline.currentTime.
(() => {
  const POINTER = { bubbles: true, cancelable: true, pointerId: 91, pointerType: 'mouse', isPrimary: true };
  const FLOOR_TIMEOUT_MS = 1000;

  const raf = () => new Promise((r) => requestAnimationFrame(r));
  /** A task queued now runs after the rendering update of a frame whose rAF callbacks are running. */
  const nextTask = () =>
    new Promise((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r(performance.now());
      ch.port2.postMessage(0);
    });
  const frameTime = () => Number(document.timeline.currentTime);
  const keyFor = (d) => document.querySelector(`#lock .keypad button[data-digits*="${d}"]`) ?? document.querySelector(`#lock .keypad button[data-key="${d}"]`);
  const down = (b) => b.dispatchEvent(new PointerEvent('pointerdown', { ...POINTER, button: 0, buttons: 1 }));
  const up = (b) => b.dispatchEvent(new PointerEvent('pointerup', { ...POINTER, button: 0, buttons: 0 }));
  const ledLines = () => document.querySelectorAll('#timeline li.tl-led').length;
  const led = () => document.querySelector('#lock .led');

  /** Resolves when `el` gets `attr` = `value` (checked on each mutation), with the DOM and after-render times. */
  function attributeBecomes(el, attr, value, timeoutMs) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        mo.disconnect();
        resolve(null);
      }, timeoutMs);
      const mo = new MutationObserver(() => {
        if (el.getAttribute(attr) !== value) return;
        mo.disconnect();
        clearTimeout(timer);
        const tDom = performance.now();
        const fDom = frameTime();
        nextTask().then((tAfter) => resolve({ tDom, fDom, tAfter }));
      });
      mo.observe(el, { attributes: true, attributeFilter: [attr] });
    });
  }

  /** Resolves with the time the timeline first grows an LED line. */
  function ledLineAppears(before, timeoutMs) {
    return new Promise((resolve) => {
      const list = document.querySelector('#timeline');
      if (!list) return resolve(null);
      const timer = setTimeout(() => {
        mo.disconnect();
        resolve(null);
      }, timeoutMs);
      const mo = new MutationObserver(() => {
        if (ledLines() <= before) return;
        mo.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      mo.observe(list, { childList: true, subtree: true });
    });
  }

  /** A fresh lock of the current model, the clock running at 1×. */
  async function fresh() {
    document.querySelector('#start-over').click();
    document.querySelector('#rate-1').click();
    await raf();
    await raf();
  }

  /**
   * On a fresh lock with the clock at 1×, type `code` (all but the last digit as quick taps),
   * then time its last digit until the LED shows `color` (or `timeoutMs` passes):
   *  mode 'hold' — pointerdown, and pointerup only once the LED has changed: the twin reads the
   *                key when its debounce time has passed on the page clock;
   *  mode 'tap'  — pointerdown and pointerup at once, quicker than the debounce: the page
   *                stretches the click to a real press inside pointerup, so the twin emits the
   *                LED entry during the tap.
   */
  async function trial(code, color, mode, timeoutMs) {
    await fresh();
    for (const d of code.slice(0, -1)) {
      const b = keyFor(d);
      down(b);
      up(b);
    }
    await raf();
    await raf();
    const el = led();
    if (!el || el.getAttribute('data-color') === color) return { error: `LED already ${color} before the last digit` };
    const last = keyFor(code[code.length - 1]);
    const leds0 = ledLines();
    const emitted = ledLineAppears(leds0, timeoutMs); // observed first: told first when both change in one callback
    const shown = attributeBecomes(el, 'data-color', color, timeoutMs);
    const f0 = frameTime();
    const t0 = performance.now();
    down(last);
    let tEmitSync = null;
    if (mode === 'tap') {
      up(last);
      tEmitSync = ledLines() > leds0 ? performance.now() : null; // emitted within the tap's handlers
    }
    const [s, tEmitSeen] = await Promise.all([shown, emitted]);
    if (mode === 'hold') up(last);
    if (!s) return { error: `no ${color} LED within ${timeoutMs} ms` };
    return { t0, tEmit: tEmitSync ?? tEmitSeen, emittedInTap: tEmitSync !== null, tDom: s.tDom, tAfter: s.tAfter, frames: s.fDom - f0 };
  }

  /** The floor: a bare element on the same page updated at the next animation frame after a pointerdown. */
  let floorEl = null;
  async function floorTrial() {
    if (!floorEl) {
      floorEl = document.createElement('button');
      floorEl.setAttribute('data-n', '0');
      floorEl.setAttribute('aria-hidden', 'true');
      floorEl.style.cssText = 'position:fixed;left:0;bottom:0;opacity:0.01';
      floorEl.addEventListener('pointerdown', () => requestAnimationFrame(() => floorEl.setAttribute('data-n', String(Number(floorEl.getAttribute('data-n')) + 1))));
      document.body.append(floorEl);
    }
    await raf();
    await raf();
    const next = String(Number(floorEl.getAttribute('data-n')) + 1);
    const shown = attributeBecomes(floorEl, 'data-n', next, FLOOR_TIMEOUT_MS);
    const f0 = frameTime();
    const t0 = performance.now();
    down(floorEl);
    up(floorEl);
    const s = await shown;
    if (!s) return { error: 'no update' };
    return { t0, tEmit: t0, emittedInTap: true, tDom: s.tDom, tAfter: s.tAfter, frames: s.fDom - f0 };
  }

  /** Median interval between animation frames over `n` frames. */
  async function frameInterval(n) {
    const ts = [];
    for (let i = 0; i <= n; i++) ts.push(await new Promise((r) => requestAnimationFrame(r)));
    const d = ts.slice(1).map((t, i) => t - ts[i]).sort((a, b) => a - b);
    return d[d.length >> 1];
  }

  window.lockstepProbe = { trial, floorTrial, frameInterval };
})();
