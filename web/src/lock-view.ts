// The lock drawn on the page: the exterior (the model's own keypad — ten keys, or five keys with
// two digits each — its Lock or Kwikset button, the status LED, the keypad backlight), the door
// and strike with the bolt drawn from its travel, and the interior (Program, and Reset where the
// model has one, the reset gesture's button inside the hold ring; battery pack, thumbturn,
// switches). Seed S8/S9 (Program held through pack reinsertion for 30 s; an early release fails),
// S15–S17 (handing, jams at a closed door or misaligned strike), S20 (test the code with the door
// open); product-facts §3, M10, M11 (two-digit keys, the Reset button held 5 s). The keypad is
// redrawn when the model changes. Every shown fact is also a data-* attribute, for the browser
// tests:
//   #lock        data-model, -vtime, -bolt, -bolt-pos, -locked, -codes, -mastercode, -handed,
//                -mode, -powered, -door, -strike, -exterior, -battery, -led-now, -led, -led-flashes,
//                -backlight ("on" | "off": the keypad backlight, from the core — Twin.keypadBacklit,
//                an assumed behaviour, src/hardware/backlight.ts), -keypad ("single" | "pairs")
//   key buttons  data-key: the twin key a press sends ("0"–"9", "lock", "program", "reset");
//                on a two-digit keypad the key "1 2" sends one of its digits (keypad-layout.ts),
//                data-digits: the digits printed on a keypad key ("5", or "56")
//   #program, #reset  data-hold-ms: virtual ms the button has been held (0 when up)
// A control the lock's state disables says why on the page, not only on hover (a phone has none):
// #door-why under the door's toggle, #pack-why under the pack's buttons, each the
// aria-describedby of the buttons it speaks for while they are disabled. Where the model gives
// its Program button no job (the Powerbolt 264 family, program-button-note.ts), #program-note
// under the interior's buttons says so, and is the button's description. A control disabled under
// keyboard focus hands it to its neighbour (a pack button to the other, the door's to the strike's).
// The "Now" panel is not a live region (redrawn at every frame of a bolt run): #state-say says its
// changed rows once each (state-say.ts), as #hold-say says the ring's line in steps.

import { Twin, type Action } from '../../src/twin/twin.ts';
import { BOLT_STROKE } from '../../src/hardware/motor-bolt.ts';
import { FRESH_PACK_VOLTS } from '../../src/hardware/battery.ts';
import { codeFlagsText, oneTimeCodeWord, userCodesWord } from '../../src/twin/store-words.ts';
import type { ButtonKey } from '../../src/hardware/buttons.ts';
import { makeHoldable } from './hold-button.ts';
import { adminCodeRow, holdAnnouncement, holdWords } from './hold-words.ts';
import { holdAnswer } from './hold-answered.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import { keypadLayout, type KeypadKey } from './keypad-layout.ts';
import { programButtonNote } from './program-button-note.ts';
import { StateSay } from './state-say.ts';
import { modeWords } from './mode-words.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import { hasSecureScreen, screenOn } from '../../src/firmware/secure-screen.ts';

export const WEAK_PACK_VOLTS = 4.6; // architecture.md's weak-pack example (seed S10)
/** Why the pack's buttons that do not apply are disabled: one pack at a time. */
const PACK_IN_WHY = 'A pack is in: pull it before inserting one.';
const PACK_OUT_WHY = 'No pack is in: insert one.';
const RING_CIRCUMFERENCE = 2 * Math.PI * 26;

export interface LockHandlers {
  keyDown(key: ButtonKey): void;
  keyUp(key: ButtonKey): void;
  act(a: Action): void;
}

export interface LedShown {
  now: string | null;
  last: { color: string; flashes: number; solidMs: number } | null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

/** The bolt's travel now, 0 (retracted) … BOLT_STROKE (thrown), including a move in progress. */
export function boltTravel(twin: Twin): number {
  const b = twin.bolt.snapshot();
  if (b.motor === 0 || b.speed === 0) return b.pos;
  const p = b.pos + b.speed * (twin.sim.now - b.segT);
  return Math.min(BOLT_STROKE, Math.max(0, p));
}

/** The interior switches 1–3 (product-facts K3); switch 4 is the model's own (drawModel). */
const SWITCH_NAMES = [' status LED', ' auto-lock', ' audio'] as const;

export class LockView {
  readonly root: HTMLElement;
  private readonly led: HTMLElement;
  private readonly keypad: HTMLElement;
  private readonly bolt: HTMLElement;
  private readonly door: HTMLButtonElement;
  private readonly strike: HTMLButtonElement;
  private readonly exterior: HTMLButtonElement;
  private readonly battery: HTMLElement;
  /** Why the door's toggle is disabled, shown while it is. */
  private readonly doorWhy: HTMLElement;
  /** Why the pack's disabled buttons are. */
  private readonly packWhy: HTMLElement;
  /** That the Program button does nothing on this model, where it does not. */
  private readonly programNote: HTMLElement;
  private readonly ring: SVGCircleElement;
  private readonly ringWrap: HTMLElement;
  private readonly interiorButtons: HTMLElement;
  private readonly holdText: HTMLElement;
  /** The ring's line for a screen reader: its running count said in whole steps (holdAnnouncement). */
  private readonly holdSay: HTMLElement;
  private readonly packOut: HTMLButtonElement;
  private readonly packIn: HTMLButtonElement[];
  private readonly program: HTMLButtonElement;
  private readonly reset: HTMLButtonElement;
  private readonly state: HTMLElement;
  /** The state panel's changes, said once each to a screen reader (state-say.ts). */
  private readonly stateSay: StateSay;
  private readonly switches: HTMLInputElement[] = [];
  /** SecureScreen's digits (915/916 switch 4, product-facts M5, M7): shown above the keypad
   * while the lock shows them. */
  private readonly screen: HTMLElement;
  /** How this model opens with a code: at the code's last digit, or with Lock after it (the
   * Powerbolt 2, product-facts M10). */
  private readonly opensWith: HTMLElement;
  /** What switch 4 is on this model (SecureScreen on the 915/916, product-facts M5, M7). */
  private readonly switch4Name: HTMLElement;
  /** What switch 2 is on this model: auto-lock, or nothing where the menu sets it (Powerbolt 250, M9). */
  private readonly switch2Name: HTMLElement;
  /** How the drawn model opens with a code (opensWithCode), before SecureScreen is said. */
  private opensWithModel = '';
  private stateHtml = '';
  /** The model whose keypad is drawn. */
  private keypadModel = '';

  constructor(private readonly h: LockHandlers) {
    this.root = el('section', { id: 'lock', 'aria-label': 'The lock' });

    // exterior
    const ext = el('div', { class: 'panel exterior', role: 'group', 'aria-label': 'Exterior keypad' });
    ext.append(el('h2', {}, 'Outside'));
    this.led = el('div', { class: 'led', role: 'img', 'aria-label': 'Status LED: off' });
    this.keypad = el('div', { class: 'keypad', role: 'group', 'aria-label': 'Keypad' });
    this.screen = el('div', { class: 'secure-screen', id: 'secure-screen', 'aria-live': 'polite', hidden: '' });
    this.opensWith = el('p', { class: 'opens-with', id: 'opens-with' });
    ext.append(this.led, this.screen, this.keypad, this.opensWith);

    // door, strike, bolt
    const mid = el('div', { class: 'panel door', role: 'group', 'aria-label': 'Door and bolt' });
    mid.append(el('h2', {}, 'Door'));
    const frame = el('div', { class: 'frame', 'aria-hidden': 'true' });
    this.bolt = el('div', { class: 'bolt' });
    frame.append(el('div', { class: 'slab' }), this.bolt, el('div', { class: 'strike-plate' }));
    this.door = el('button', { type: 'button', id: 'door-toggle' });
    this.door.addEventListener('click', () => this.h.act({ do: 'door', state: this.door.dataset.open === 'true' ? 'closed' : 'open' }));
    this.strike = el('button', { type: 'button', id: 'strike-toggle' });
    this.strike.addEventListener('click', () => this.h.act({ do: 'strike', state: this.strike.dataset.aligned === 'true' ? 'misaligned' : 'aligned' }));
    this.doorWhy = el('p', { class: 'why-disabled', id: 'door-why', hidden: '' });
    mid.append(frame, this.door, this.doorWhy, this.strike);

    // interior
    const int = el('div', { class: 'panel interior', role: 'group', 'aria-label': 'Interior assembly' });
    int.append(el('h2', {}, 'Inside'));
    const ringWrap = (this.ringWrap = el('div', { class: 'ring-wrap' }));
    ringWrap.innerHTML = `<svg class="ring" viewBox="0 0 60 60" aria-hidden="true"><circle cx="30" cy="30" r="26" class="ring-bg"/><circle cx="30" cy="30" r="26" class="ring-fg" stroke-dasharray="${RING_CIRCUMFERENCE}" stroke-dashoffset="${RING_CIRCUMFERENCE}"/></svg>`;
    this.ring = ringWrap.querySelector('.ring-fg')!;
    this.program = this.holdable('program', 'Program', 'Program button (hold for the reset)');
    this.program.id = 'program';
    // The line redraws a running count every frame; what a screen reader says is #hold-say, in steps.
    this.holdText = el('div', { class: 'hold-text', 'aria-hidden': 'true' });
    this.holdSay = el('div', { class: 'sr-only', id: 'hold-say', 'aria-live': 'polite' });
    this.reset = this.holdable('reset', 'Reset', 'Reset button (hold for the reset)');
    this.reset.id = 'reset';
    this.interiorButtons = el('div', { class: 'interior-buttons' });
    this.interiorButtons.append(this.reset);
    ringWrap.append(this.program);
    this.programNote = el('p', { class: 'button-note', id: 'program-note', hidden: '' });
    this.battery = el('div', { class: 'battery', role: 'group', 'aria-label': 'Battery pack' });
    this.packOut = this.actionButton('battery-out', 'Pull pack', 'Pull the battery pack', { do: 'battery-out' });
    this.packIn = [
      this.actionButton('battery-in-fresh', `Insert fresh (${FRESH_PACK_VOLTS.toFixed(1)} V)`, 'Insert a fresh battery pack', { do: 'battery-in', volts: FRESH_PACK_VOLTS }),
      this.actionButton('battery-in-weak', `Insert weak (${WEAK_PACK_VOLTS} V)`, 'Insert a weak battery pack', { do: 'battery-in', volts: WEAK_PACK_VOLTS }),
    ];
    this.packWhy = el('p', { class: 'why-disabled', id: 'pack-why' });
    this.battery.append(this.packOut, ...this.packIn, this.packWhy);
    const turn = el('div', { class: 'thumbturn', role: 'group', 'aria-label': 'Thumbturn' });
    turn.append(
      this.actionButton('thumb-lock', 'Thumbturn: lock', 'Turn the thumbturn to lock', { do: 'thumbturn', dir: 'lock' }),
      this.actionButton('thumb-unlock', 'Thumbturn: unlock', 'Turn the thumbturn to unlock', { do: 'thumbturn', dir: 'unlock' }),
    );
    const sw = el('fieldset', { class: 'switches' });
    sw.append(el('legend', {}, 'Switches'));
    this.switch4Name = el('span', { class: 'switch-name' });
    this.switch2Name = el('span', { class: 'switch-name' });
    for (const n of [1, 2, 3, 4] as const) {
      const label = el('label');
      const box = el('input', { type: 'checkbox', id: `switch-${n}` });
      box.addEventListener('change', () => this.h.act({ do: 'switch', n, on: box.checked }));
      this.switches.push(box);
      const name = n === 4 ? this.switch4Name : n === 2 ? this.switch2Name : el('span', { class: 'switch-name' }, SWITCH_NAMES[n - 1]);
      label.append(box, ` ${n}`, name);
      sw.append(label);
    }
    // The cable from the exterior assembly (product-facts M5, M6): unplugged, the keypad reaches nothing.
    this.exterior = el('button', { type: 'button', id: 'exterior-toggle' });
    this.exterior.addEventListener('click', () => this.h.act({ do: 'exterior', state: this.exterior.dataset.connected === 'true' ? 'disconnected' : 'connected' }));
    int.append(ringWrap, this.holdText, this.holdSay, this.interiorButtons, this.programNote, this.battery, turn, this.exterior, sw);

    const known = el('div', { class: 'panel', role: 'group', 'aria-label': 'The twin now' });
    known.append(el('h2', {}, 'Now'));
    this.state = el('dl', { class: 'state', 'aria-label': 'What the twin knows' });
    this.stateSay = new StateSay(el('div', { class: 'sr-only', id: 'state-say', 'aria-live': 'polite' }));
    known.append(this.state, this.stateSay.root);
    this.root.append(ext, mid, int, known);
  }

  private holdable(key: ButtonKey, text: string, label: string, cls = `key key-${key}`): HTMLButtonElement {
    const b = el('button', { type: 'button', class: cls, 'aria-label': label, 'data-key': key, 'aria-pressed': 'false' }, text);
    makeHoldable(b, { down: () => this.h.keyDown(key), up: () => this.h.keyUp(key) });
    return b;
  }

  /** Draw the model's keypad (profile keypad.digitsPerKey) and, per its reset gesture, put
   * Program or Reset in the hold ring. */
  private drawModel(twin: Twin): void {
    const layout = keypadLayout(twin.model);
    const keyButton = (k: KeypadKey, cls: string) => {
      const b = this.holdable(k.key, k.label, k.aria, cls);
      if (k.digits) b.dataset.digits = k.digits;
      return b;
    };
    this.keypad.dataset.layout = layout.kind;
    this.keypad.replaceChildren(
      ...layout.digits.map((k) => keyButton(k, layout.kind === 'pairs' ? 'key key-pair' : `key key-${k.key}`)),
      keyButton(layout.lock, 'key key-lock'),
    );
    const resetButton = twin.model.reset.gesture === 'reset-button';
    this.reset.hidden = !resetButton;
    if (resetButton) {
      this.ringWrap.append(this.reset);
      this.interiorButtons.append(this.program);
    } else {
      this.ringWrap.append(this.program);
      this.interiorButtons.append(this.reset);
    }
    this.program.setAttribute('aria-label', resetButton ? 'Program button' : 'Program button (hold for the reset)');
    const note = programButtonNote(twin.model);
    this.programNote.textContent = note ?? '';
    this.programNote.hidden = note === null;
    describedBy(this.program, note === null ? null : this.programNote.id);
    this.switch4Name.textContent = hasSecureScreen(twin.model) ? ' SecureScreen' : ' (unused)';
    // Where a menu item sets auto-lock (Powerbolt 250, product-facts M9), switch 2 is not read.
    const menu = twin.model.menu;
    this.switch2Name.textContent = menu?.autoLock ? ' (unused)' : SWITCH_NAMES[1];
    this.switch2Name.title = menu?.autoLock ? `Auto-lock is set by the menu on this model: Program, ${menu.autoLock}, ${layout.lock.label}` : '';
    this.opensWithModel = opensWithCode(twin.model, layout.lock.label);
    this.keypadModel = twin.model.id;
  }

  private actionButton(id: string, text: string, label: string, a: Action): HTMLButtonElement {
    const b = el('button', { type: 'button', id, 'aria-label': label }, text);
    b.addEventListener('click', () => this.h.act(a));
    return b;
  }

  /** Show the twin now; `programHeldMs` / `resetHeldMs`: how long each has been held in virtual ms, -1 when up;
   * `log`: the twin's trace entries the page has drained from it (session.ts). */
  render(twin: Twin, led: LedShown, programHeldMs: number, resetHeldMs = -1, log: readonly LockTraceEntry[] = []): void {
    if (twin.model.id !== this.keypadModel) this.drawModel(twin);
    const backlit = twin.keypadBacklit;
    const store = twin.store();
    const codes = store.codes.filter((c) => c !== '').length;
    const travel = boltTravel(twin);
    const boltState = twin.bolt.state();
    const d = this.root.dataset;
    d.model = twin.model.id;
    d.vtime = String(twin.sim.now);
    d.bolt = boltState;
    d.boltPos = String(Math.round(travel));
    d.locked = String(twin.locked);
    d.codes = String(codes);
    d.userCodes = userCodesWord(store);
    d.oneTimeSlot = String(oneTimeCodeWord(store));
    d.mastercode = store.adminCode ? 'set' : 'none';
    d.handed = store.handed;
    d.mode = twin.mode;
    d.powered = String(twin.powered);
    d.door = twin.door.open ? 'open' : 'closed';
    d.strike = twin.door.strikeAligned ? 'aligned' : 'misaligned';
    d.exterior = twin.buttons.exteriorLinked ? 'connected' : 'disconnected';
    d.battery = twin.battery.present ? 'in' : 'out';
    d.ledNow = led.now ?? 'off';
    d.led = led.last?.color ?? 'none';
    d.ledFlashes = String(led.last?.flashes ?? 0);
    d.backlight = backlit ? 'on' : 'off';
    d.keypad = this.keypad.dataset.layout ?? '';
    const shown = twin.screenDigits;
    d.secureScreen = shown;
    const screenText = shown === '' ? '' : `SecureScreen: touch ${shown.split('').join(' ')}, then your code`;
    if (this.screen.textContent !== screenText) {
      this.screen.textContent = screenText;
      this.screen.hidden = shown === '';
    }

    this.led.dataset.color = led.now ?? 'off';
    this.led.setAttribute('aria-label', `Status LED: ${led.last ? `last ${led.last.color}${led.last.flashes ? ` ×${led.last.flashes}` : ' solid'}` : 'nothing yet'}, now ${led.now ?? 'off'}`);
    this.keypad.classList.toggle('lit', backlit);
    this.bolt.style.setProperty('--travel', String(travel / BOLT_STROKE));
    this.bolt.dataset.state = boltState;
    this.door.dataset.open = String(twin.door.open);
    this.door.textContent = twin.door.open ? 'Close the door' : 'Open the door';
    // A thrown bolt holds a closed door shut, and an open one cannot close over it.
    const blocked = twin.doorBlocked(twin.door.open ? 'closed' : 'open');
    const focused = document.activeElement;
    this.door.disabled = blocked;
    keepFocusIn(focused, [this.door, this.strike]);
    this.door.title = blocked ? `${Twin.doorBlockedWhy(twin.door.open ? 'closed' : 'open')}: withdraw it first` : '';
    const doorWhy = blocked ? `The door cannot be ${twin.door.open ? 'closed' : 'opened'}: ${Twin.doorBlockedWhy(twin.door.open ? 'closed' : 'open')} — withdraw it first (thumbturn, key or code).` : '';
    if (this.doorWhy.textContent !== doorWhy) this.doorWhy.textContent = doorWhy;
    this.doorWhy.hidden = !blocked;
    describedBy(this.door, blocked ? this.doorWhy.id : null);
    this.strike.dataset.aligned = String(twin.door.strikeAligned);
    this.strike.textContent = twin.door.strikeAligned ? 'Strike aligned (misalign it)' : 'Strike misaligned (align it)';
    const linked = twin.buttons.exteriorLinked;
    this.exterior.dataset.connected = String(linked);
    this.exterior.textContent = linked ? 'Keypad cable in (unplug it)' : 'Keypad cable unplugged (plug it in)';
    this.battery.dataset.present = String(twin.battery.present);
    // One pack at a time: a pack goes in where none is, and comes out where one is.
    this.packOut.disabled = !twin.battery.present;
    for (const b of this.packIn) b.disabled = twin.battery.present;
    keepFocusIn(focused, [this.packOut, ...this.packIn]);
    const packWhy = twin.battery.present ? PACK_IN_WHY : PACK_OUT_WHY;
    if (this.packWhy.textContent !== packWhy) this.packWhy.textContent = packWhy;
    for (const b of [this.packOut, ...this.packIn]) {
      b.title = b.disabled ? packWhy : '';
      describedBy(b, b.disabled ? this.packWhy.id : null);
    }
    twin.switches.forEach((on, i) => (this.switches[i].checked = on));
    const opens = screenOn(twin.firmware) ? `${SCREEN_FIRST} ${this.opensWithModel}` : this.opensWithModel;
    if (this.opensWith.textContent !== opens) this.opensWith.textContent = opens;

    // The ring shows the reset hold as the lock counts it (firmware/reset.ts resetHoldCountedMs),
    // not how long the button has been down: Program pressed before the pack went in counts from
    // power-up (S8, K1), and a powered Program hold on the 913 family is a Mastercode hold (M1).
    // Its button: Reset on the 264 / Powerbolt 2 (product-facts M11), else Program; its words: hold-words.ts.
    const target = twin.model.timing.resetHoldMs;
    const byReset = twin.model.reset.gesture === 'reset-button';
    const down = (byReset ? resetHeldMs : programHeldMs) >= 0;
    const counted = twin.resetHoldCountedMs;
    const armed = twin.mode === 'reset-armed';
    const frac = armed ? 1 : counted < 0 ? 0 : Math.min(1, counted / target);
    this.ring.setAttribute('stroke-dashoffset', String(RING_CIRCUMFERENCE * (1 - frac)));
    this.program.dataset.holdMs = String(Math.max(0, programHeldMs));
    this.reset.dataset.holdMs = String(Math.max(0, resetHeldMs));
    this.ringWrap.dataset.countedMs = String(counted);
    const answered = holdAnswer(twin, byReset ? resetHeldMs : programHeldMs, log);
    const seen = { armed, counted, down, boltRetracted: boltState === 'retracted', answered };
    const text = holdWords(twin.model, seen);
    if (this.holdText.textContent !== text) this.holdText.textContent = text;
    const say = holdAnnouncement(twin.model, seen);
    if (this.holdSay.textContent !== say) this.holdSay.textContent = say;

    const rows: [string, string][] = [
      ['Bolt', `${boltState} (${Math.round((travel / BOLT_STROKE) * 100)} %)`],
      ['Locked', twin.locked ? 'yes' : 'no'],
      ['Codes stored', `${codes}${codeFlagsText(twin.model, store)}`],
      adminCodeRow(twin.model, store.adminCode),
      ['Handing learned', store.handed],
      ['Power', twin.battery.present ? `${twin.packVolts().toFixed(2)} V${twin.powered ? '' : ' (off)'}` : 'no pack'],
      ['Mode', modeWords(twin.model, twin.mode)],
    ];
    const html = rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('');
    if (this.stateHtml !== html) this.state.innerHTML = this.stateHtml = html;
    // Said aloud: the bolt by its state, not its travel; the pack to a tenth of a volt.
    const said = rows.map(([k, v]): [string, string] => (k === 'Bolt' ? [k, boltState] : k === 'Power' && twin.battery.present ? [k, `${twin.packVolts().toFixed(1)} V${twin.powered ? '' : ' (off)'}`] : [k, v]));
    this.stateSay.update(twin.model.id, said);
  }
}

/** A control just disabled under keyboard focus hands the focus to the first of its group still
 * enabled, rather than letting the browser drop it to the top of the page: Enter on "Pull pack"
 * leaves focus on "Insert fresh", the next move of the reset's gesture (S8). */
function keepFocusIn(focused: Element | null, group: readonly HTMLButtonElement[]): void {
  const was = group.find((b) => b === focused);
  if (!was?.disabled) return;
  group.find((b) => !b.disabled)?.focus();
}

/** Point a control's description at the element saying why it is disabled, or at nothing. */
function describedBy(b: HTMLButtonElement, id: string | null): void {
  if (id === null) b.removeAttribute('aria-describedby');
  else if (b.getAttribute('aria-describedby') !== id) b.setAttribute('aria-describedby', id);
}

/** Said under the keypad, before how the model opens, while a 915/916's SecureScreen is on (M5, M7). */
const SCREEN_FIRST = 'SecureScreen is on (switch 4): touch the screen, then the digits it shows, then your code.';

/** How a model opens with a code, under its keypad: at the last digit, or with the Powerbolt 2's
 * Lock press after it (product-facts M10). */
function opensWithCode(model: ModelProfile, lock: string): string {
  return model.keypad.unlockWith === 'lock-button'
    ? `Opens with your code, then ${lock} (its guide: "Enter your user code. Press the Lock Button once.")`
    : `Opens as the last digit of a right code is pressed; ${lock} locks.`;
}
