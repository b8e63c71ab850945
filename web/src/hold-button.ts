// Press-and-hold on a real <button>, the same way with a mouse, a finger (pointer events) and the
// keyboard (Space or Enter held down). The lock decides what a hold means — seed S8 (30 s Program
// hold through pack reinsertion), S9 (an early release does not register) — so this only reports
// "down" and "up", once each, however the hold ends (release, cancel, focus lost).

const HOLD_KEYS = new Set([' ', 'Enter']);

export interface HoldHandlers {
  down(): void;
  up(): void;
}

export function makeHoldable(button: HTMLButtonElement, h: HoldHandlers): void {
  let holding: 'pointer' | 'key' | null = null;

  const start = (how: 'pointer' | 'key') => {
    if (holding) return;
    holding = how;
    button.classList.add('held');
    button.setAttribute('aria-pressed', 'true');
    h.down();
  };
  const end = (how: 'pointer' | 'key') => {
    if (holding !== how) return;
    holding = null;
    button.classList.remove('held');
    button.setAttribute('aria-pressed', 'false');
    h.up();
  };

  button.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault(); // no text selection, no focus steal from a second hand's control
    button.setPointerCapture(e.pointerId);
    start('pointer');
  });
  for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) {
    button.addEventListener(type, () => end('pointer'));
  }
  button.addEventListener('contextmenu', (e) => e.preventDefault()); // a long touch is a hold, not a menu

  button.addEventListener('keydown', (e) => {
    if (!HOLD_KEYS.has(e.key)) return;
    e.preventDefault(); // no synthetic click
    if (!e.repeat) start('key');
  });
  button.addEventListener('keyup', (e) => {
    if (!HOLD_KEYS.has(e.key)) return;
    e.preventDefault();
    end('key');
  });
  button.addEventListener('blur', () => end('key'));
}
