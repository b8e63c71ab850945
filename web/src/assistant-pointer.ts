// The Assistant's finger on the drawn lock (issue "The browser twin"): the control the current
// step touches (assistant-target.ts) gets the class `pointing` and `data-pointing` ("touch", or
// "watch" for what to look at while time passes), is described for assistive technology by the
// step's instruction (aria-describedby), and is scrolled into view when the step moves to it —
// so on a phone the part to touch is on screen. One element at a time; the lock view redraws its
// keypad when the model changes, so the target is looked up afresh on every update.

import type { Target } from './assistant-target.ts';

export const POINTING_CLASS = 'pointing';

export class Pointer {
  private el: HTMLElement | null = null;
  private selector = '';

  /** @param describedBy id of the element holding the current instruction. */
  constructor(private readonly describedBy: string) {}

  point(target: Target | null): void {
    const el = target ? document.querySelector<HTMLElement>(target.selector) : null;
    const moved = (target?.selector ?? '') !== this.selector;
    if (el !== this.el) this.clear();
    this.selector = target?.selector ?? '';
    if (!el || !target) return;
    this.el = el;
    el.classList.add(POINTING_CLASS);
    el.dataset.pointing = target.kind;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    if (!ids.includes(this.describedBy)) el.setAttribute('aria-describedby', [...ids, this.describedBy].join(' '));
    if (moved) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  clear(): void {
    const el = this.el;
    this.el = null;
    this.selector = '';
    if (!el) return;
    el.classList.remove(POINTING_CLASS);
    delete el.dataset.pointing;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== this.describedBy);
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }
}
