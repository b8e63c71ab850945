// Press-and-hold on a real <button>, the same way with a mouse, a finger (pointer events) and the
// keyboard (Space or Enter held down). The lock decides what a hold means — seed S8 (30 s Program
// hold through pack reinsertion), S9 (an early release does not register) — so this only reports
// "down" and "up", once each, however the hold ends (release, cancel, page hidden or unfocused).
//  - One hold at a time per button, owned by the pointer or the key that started it: a second
//    finger, or Enter pressed during a Space hold, neither restarts nor ends it.
//  - Keyboard auto-repeat (keydown with `repeat`) never restarts a hold.
//  - Only pointer events are listened to, so the mouse events a browser fires after a touch
//    cannot press the key a second time; the pointer is captured so a finger that slides off
//    keeps holding, and when capture is refused (a synthetic event) the release is still
//    caught on the window. A long touch is a hold, not a context menu.
//  - Space/Enter do not also click: their default is prevented on keydown and keyup.
//  - A key hold goes on while focus moves: with Space held on Program, Tab to "Insert fresh"
//    and Enter puts the pack in — the reset by keyboard alone (S8). Its release is caught on the
//    window wherever focus is (and does not click what has focus); the page losing focus ends it.

const HOLD_KEYS = new Set([' ', 'Enter']);
const PRIMARY_BUTTON = 0;

export interface HoldHandlers {
  down(): void;
  up(): void;
}

type Owner = { by: 'pointer'; id: number } | { by: 'key'; key: string };

export function makeHoldable(button: HTMLButtonElement, h: HoldHandlers): void {
  let owner: Owner | null = null;

  const start = (o: Owner) => {
    if (owner) return;
    owner = o;
    button.classList.add('held');
    button.setAttribute('aria-pressed', 'true');
    if (o.by === 'pointer') {
      addEventListener('pointerup', onWindowPointerEnd, true);
      addEventListener('pointercancel', onWindowPointerEnd, true);
    } else {
      addEventListener('keydown', onWindowKeyRepeat, true);
      addEventListener('keyup', onWindowKeyUp, true);
      addEventListener('blur', end);
    }
    document.addEventListener('visibilitychange', onHidden);
    h.down();
  };
  const end = () => {
    if (!owner) return;
    owner = null;
    removeEventListener('pointerup', onWindowPointerEnd, true);
    removeEventListener('pointercancel', onWindowPointerEnd, true);
    removeEventListener('keydown', onWindowKeyRepeat, true);
    removeEventListener('keyup', onWindowKeyUp, true);
    removeEventListener('blur', end);
    document.removeEventListener('visibilitychange', onHidden);
    button.classList.remove('held');
    button.setAttribute('aria-pressed', 'false');
    h.up();
  };
  const endPointer = (id: number) => {
    if (owner?.by === 'pointer' && owner.id === id) end();
  };
  function onWindowPointerEnd(e: PointerEvent): void {
    endPointer(e.pointerId);
  }
  /** The held key's auto-repeat, wherever focus has gone: neither a click nor a scroll. */
  function onWindowKeyRepeat(e: KeyboardEvent): void {
    if (owner?.by === 'key' && e.key === owner.key && e.repeat) e.preventDefault();
  }
  function onWindowKeyUp(e: KeyboardEvent): void {
    if (owner?.by !== 'key' || e.key !== owner.key) return;
    e.preventDefault(); // Space let go over another button must not click it
    end();
  }
  function onHidden(): void {
    if (document.visibilityState === 'hidden') end();
  }

  button.addEventListener('pointerdown', (e) => {
    if (e.button !== PRIMARY_BUTTON || owner) return;
    e.preventDefault(); // no text selection, no focus steal from a second hand's control, no compatibility mouse events
    try {
      button.setPointerCapture(e.pointerId);
    } catch {
      // not an active pointer (a synthetic event): the window listener catches the release
    }
    start({ by: 'pointer', id: e.pointerId });
  });
  for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) {
    button.addEventListener(type, (e) => endPointer(e.pointerId));
  }
  button.addEventListener('contextmenu', (e) => e.preventDefault()); // a long touch is a hold, not a menu

  button.addEventListener('keydown', (e) => {
    if (!HOLD_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault(); // no synthetic click
    if (!e.repeat) start({ by: 'key', key: e.key });
  });
  button.addEventListener('keyup', (e) => {
    if (HOLD_KEYS.has(e.key)) e.preventDefault(); // the release itself is caught on the window
  });
}
