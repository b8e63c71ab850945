// Small DOM builders for the page's panels: an element with attributes and text, and a button
// with its accessible name (which holds its visible text, WCAG 2.5.3) and click handler.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

export function button(id: string, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', id, 'aria-label': label }, text);
  b.addEventListener('click', onClick);
  return b;
}
