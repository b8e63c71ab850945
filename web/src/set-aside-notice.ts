// The page's word when the save it found could not be restored (persist.ts `load`): what was wrong
// with it, where it is kept, and that the lock on the page is a fresh one. Dismissed by a click.
import { button, el } from './dom.ts';

export function setAsideNotice(problem: string, keptAs: string | null): HTMLElement {
  const box = el('section', { id: 'notice', class: 'panel notice', role: 'alert' });
  const where = keptAs ? `It is kept in this browser's storage as "${keptAs}"` : 'The browser would not keep a copy of it';
  const text = el('p', {}, `The lock saved in this browser could not be restored (${problem}). ${where}; this is a fresh lock.`);
  box.append(text, button('notice-dismiss', 'Dismiss', 'Dismiss this notice', () => box.remove()));
  return box;
}
