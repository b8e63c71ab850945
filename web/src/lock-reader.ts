// "What is my lock showing?": an owner's own words about their real lock ("it flashed red 3
// times and beeped") read for the model on the page as `lockstep decode` reads them — the same
// reading (src/troubleshoot/decode-reading.ts), so the same meanings, sources, "nothing on this
// lock looks like that" and next steps (seed S7, S24, S25; the model's signal table, product-facts
// §1–§6) — folded under one line at the foot of "What just happened" until opened, as the model
// finder is under the picker. The next steps name the page's own panels where the terminal names
// its commands.

import type { ModelProfile } from '../../src/models/profile.ts';
import { SIGNAL_LABELS } from '../../src/troubleshoot/advice.ts';
import { readDecodeText, saysBeyondMeaning, sentence, type Answer, type DecodeReading, type Pointers } from '../../src/troubleshoot/decode-reading.ts';
import type { ResetFailureReading } from '../../src/troubleshoot/reset-failure-reading.ts';
import { el } from './dom.ts';
import { STORY_BUTTON } from './assistant-words.ts';

/** The next steps as the page gives them: its model finder and its Assistant. */
export const PAGE_POINTERS: Pointers = {
  identify: '“Not sure which?” under Model',
  lookUp: '',
  notASignal: (_model, button) =>
    `Not a light or a sound? The Assistant's “Something's wrong” asks what the lock does and walks the fix on the lock on this page; its “${STORY_BUTTON}” walks you through this model's factory reset (a hold of its ${button} button).`,
  rehearseReset: () => `on the lock on this page: the Assistant's “${STORY_BUTTON}” says at once when a hold does not count or ends too early`,
};

/** Text with `commands` in backticks, as a paragraph with those in <code>. */
function para(text: string, cls = ''): HTMLParagraphElement {
  const p = el('p', cls ? { class: cls } : {});
  text.split('`').forEach((part, i) => part && p.append(i % 2 ? el('code', {}, part) : part));
  return p;
}

function answerCard(a: Answer, tag: string): HTMLElement {
  const card = el('article', { class: 'reader-card', ...(a.signal ? { 'data-signal': a.signal } : {}) });
  card.append(el('h3', {}, `${a.label}: ${a.looksLike}${tag}`), para(sentence(a.meaning)));
  const says = saysBeyondMeaning(a);
  if (says !== null) card.append(para(says));
  card.append(para(`What to do: ${a.todo}`, 'reader-todo'), para(`(${a.cite})`, 'reader-cite'));
  return card;
}

function resetCard(r: ResetFailureReading): HTMLElement {
  const card = el('article', { class: 'reader-card' });
  const causes = el('ol');
  causes.append(...r.causes.map((c) => el('li', {}, `${c.says} (${c.cite})`)));
  card.append(el('h3', {}, `${r.label}: ${r.looksLike}`), para(sentence(r.meaning)), causes, para(`What to do: ${r.todo}`, 'reader-todo'));
  return card;
}

/** The reading drawn in the order the terminal prints it. */
export function drawReading(model: ModelProfile, r: DecodeReading): HTMLElement[] {
  const out: HTMLElement[] = [];
  const ignored = r.obs.ignored.length ? ` (ignored: ${r.obs.ignored.join(', ')})` : '';
  out.push(el('p', { class: 'reader-heard' }, `${model.name} · you said: ${r.heard ?? 'nothing I recognise'}${ignored}`));
  if (r.habit) out.push(para(r.habit, 'reader-note'));
  if (r.screen) out.push(answerCard(r.screen, r.screen.countNote ? ` (${r.screen.countNote})` : ''));
  else if (r.screenHint) out.push(para(r.screenHint, 'reader-note'));
  if (r.nothing) out.push(para(r.nothing.said, 'reader-nothing'), ...r.nothing.hint.split('\n').map((line) => para(line)));
  if (r.reset) out.push(resetCard(r.reset));
  if (r.severalBest !== null) out.push(el('p', {}, `That can mean ${r.severalBest} things on this lock — the most common first:`));
  const tag = r.sureness === 'exact' ? '' : ` (${r.sureness === 'close' ? 'close, not exact' : 'most likely'})`;
  out.push(...r.answers.map((a) => answerCard(a, a.signal === undefined ? '' : tag)));
  if (r.also.length) out.push(el('p', { class: 'reader-also' }, `Also possible: ${r.also.map((m) => `${SIGNAL_LABELS[m.signal]} (${m.looksLike})`).join('; ')}`));
  if (r.lessLikely) out.push(el('p', { class: 'reader-also' }, r.lessLikely));
  if (r.after) out.push(answerCard(r.after, ''));
  return out;
}

/** The fold: a text box for the owner's words, Read, and the answer for the model on the page;
 * `refresh` reads the same words again when the page's model changes. */
export function buildLockReader(model: () => ModelProfile): { root: HTMLElement; refresh(): void } {
  const fold = el('details', { class: 'lock-reader', id: 'lock-reader' });
  fold.append(el('summary', {}, 'What is my lock showing? Read your own lock’s lights and beeps'));
  const form = el('form', { 'aria-label': 'Read what your lock shows' });
  const label = el('label', { for: 'reader-text' }, 'What did your lock do? The colour, how many flashes, how many beeps ');
  const input = el('input', { type: 'text', id: 'reader-text', autocomplete: 'off', placeholder: 'e.g. flashed red 3 times and beeped' });
  const go = el('button', { type: 'submit', id: 'reader-go' }, 'Read it');
  const answer = el('div', { id: 'reader-answer', 'aria-live': 'polite' });
  let asked: string | null = null;
  const read = () => {
    if (asked === null) return;
    if (asked.trim() === '') {
      answer.replaceChildren(el('p', { class: 'reader-nothing' }, 'Say what your lock did, such as “flashed red 3 times and beeped” or “solid green, two beeps”.'));
      return;
    }
    const m = model();
    answer.replaceChildren(...drawReading(m, readDecodeText(m, asked, PAGE_POINTERS)));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    asked = input.value;
    read();
  });
  label.append(input);
  form.append(label, go);
  fold.append(form, answer);
  return { root: fold, refresh: read };
}
