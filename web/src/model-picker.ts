// The model picker: every profile lockstep runs, with how to tell it apart on the door or the box
// (seed S13: the part number on the interior escutcheon or the packaging; each profile's
// identifiers and `distinguish`), and a finder from what the lock or its box says (model-finder.ts).

import { MODELS } from '../../src/models/index.ts';
import { buildModelFinder } from './model-finder.ts';

export function buildModelPicker(current: string, onPick: (id: string) => void): { root: HTMLElement; set(id: string): void } {
  const root = document.createElement('section');
  root.className = 'panel models';
  root.setAttribute('aria-label', 'Model');
  const label = document.createElement('label');
  label.htmlFor = 'model';
  label.textContent = 'Model ';
  const select = document.createElement('select');
  select.id = 'model';
  for (const m of MODELS) select.append(new Option(m.name, m.id));
  const how = document.createElement('div');
  how.className = 'identify';
  const show = (id: string) => {
    select.value = id;
    const m = MODELS.find((x) => x.id === id);
    if (!m) return;
    how.replaceChildren();
    const ids = document.createElement('p');
    ids.textContent = `Look for: ${m.identifiers.join(', ')}`;
    const dist = document.createElement('p');
    dist.textContent = m.distinguish;
    how.append(ids, dist);
  };
  select.addEventListener('change', () => {
    show(select.value);
    onPick(select.value);
  });
  label.append(select);
  const finder = buildModelFinder((id) => {
    show(id);
    onPick(id);
  });
  root.append(label, finder, how);
  show(current);
  return { root, set: show };
}
