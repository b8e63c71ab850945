// The page's word when the save it found could not be restored (persist.ts `load`): what was wrong
// with it, where it is kept, and that the lock on the page is a fresh one. Dismissed by a click.

export function setAsideNotice(problem: string, keptAs: string | null): HTMLElement {
  const box = document.createElement('section');
  box.id = 'notice';
  box.className = 'panel notice';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  const where = keptAs ? `It is kept in this browser's storage as "${keptAs}"` : 'The browser would not keep a copy of it';
  text.textContent = `The lock saved in this browser could not be restored (${problem}). ${where}; this is a fresh lock.`;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.id = 'notice-dismiss';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => box.remove());
  box.append(text, dismiss);
  return box;
}
