// A scenario's steps as a list on the page: each with its line in the file and the text written
// there, its plain wording (src/twin/describe-action.ts, src/scenario/describe-expectation.ts;
// each key as the model's keypad draws it, src/troubleshoot/key-words.ts),
// and, once run, done / passed / failed — a failed `expect:` says what was observed instead,
// as `lockstep run` does (design/architecture.md, Scenario files). The state is written as
// text too, not shown by colour alone.

import { describeAction } from '../../src/twin/describe-action.ts';
import { describeExpectation } from '../../src/scenario/describe-expectation.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import { stepToAction, type StepReport } from '../../src/scenario/stepper.ts';
import type { Step } from '../../src/scenario/types.ts';

export type StepState = 'pending' | 'next' | 'running' | 'done' | 'pass' | 'fail';

const STATE_WORDS: Record<StepState, string> = {
  pending: '',
  next: 'next',
  running: 'running',
  done: 'done',
  pass: 'passed',
  fail: 'failed',
};
const STATE_MARKS: Record<StepState, string> = { pending: '', next: '→', running: '…', done: '·', pass: '✓', fail: '✗' };

/** The step in plain words, the admin code and each key named as the scenario's model names them. */
export function stepWording(step: Step, model: ModelProfile): string {
  if (step.do === 'expect') return describeExpectation(step.expect, model.adminCodeName);
  return describeAction(stepToAction(step)!, keyWords(model));
}

/**
 * The step's text as written: its first line, and the lines after it that are indented past
 * the step's own column (a block `expect:`), trailing blank lines left out.
 */
export function stepSource(lines: readonly string[], step: Step): string {
  const first = step.pos.line - 1;
  const out = [lines[first] ?? ''];
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() !== '' && line.length - line.trimStart().length < step.pos.col - 1) break;
    out.push(line);
  }
  while (out.length > 1 && out[out.length - 1].trim() === '') out.pop();
  const indent = Math.min(...out.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return out.map((l) => l.slice(indent)).join('\n');
}

export function failureWords(report: StepReport): string[] {
  return report.failures.map((f) => `${f.key}: expected ${f.expected}, observed ${f.observed}`);
}

export class StepList {
  readonly root: HTMLOListElement;
  private items: HTMLLIElement[] = [];

  constructor() {
    this.root = document.createElement('ol');
    this.root.id = 'scn-steps';
    this.root.className = 'scn-steps';
    this.root.setAttribute('aria-label', 'Steps of the scenario');
  }

  show(steps: readonly Step[], lines: readonly string[], model: ModelProfile): void {
    this.items = steps.map((step, i) => {
      const li = document.createElement('li');
      li.dataset.index = String(i);
      li.dataset.kind = step.do === 'expect' ? 'expect' : 'action';
      const line = document.createElement('span');
      line.className = 'scn-line';
      line.textContent = `line ${step.pos.line}`;
      const mark = document.createElement('span');
      mark.className = 'scn-mark';
      mark.setAttribute('aria-hidden', 'true');
      const code = document.createElement('code');
      code.textContent = stepSource(lines, step);
      const words = document.createElement('span');
      words.className = 'scn-words';
      words.textContent = stepWording(step, model);
      const state = document.createElement('span');
      state.className = 'scn-state';
      li.append(mark, line, code, words, state);
      return li;
    });
    this.root.replaceChildren(...this.items);
  }

  clear(): void {
    this.items = [];
    this.root.replaceChildren();
  }

  /** Mark step `i`; a failed expect lists what was observed. */
  mark(i: number, state: StepState, report?: StepReport): void {
    const li = this.items[i];
    if (!li || (li.dataset.state === state && !report)) return;
    li.dataset.state = state;
    li.querySelector('.scn-mark')!.textContent = STATE_MARKS[state];
    li.querySelector('.scn-state')!.textContent = STATE_WORDS[state] ? ` — ${STATE_WORDS[state]}` : '';
    if (state === 'next' || state === 'running') li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
    li.querySelector('.scn-observed')?.remove();
    if (report && report.failures.length > 0) {
      const observed = document.createElement('small');
      observed.className = 'scn-observed';
      observed.textContent = failureWords(report).join('; ');
      li.append(observed);
    }
    if (state === 'next' || state === 'running' || state === 'fail') this.reveal(li);
  }

  /** Mark step `i` failed because it could not be done on the lock as it stands (a scenario
   * step refused: src/scenario/stepper.ts applyAt), saying why. */
  refuse(i: number, why: string): void {
    this.mark(i, 'fail');
    const li = this.items[i];
    if (!li) return;
    const observed = document.createElement('small');
    observed.className = 'scn-observed';
    observed.textContent = `could not be done: ${why}`;
    li.append(observed);
  }

  /** Scroll the list (not the page: the lock stays in view) so that `li` shows. */
  private reveal(li: HTMLLIElement): void {
    const box = this.root;
    const top = li.offsetTop; // the list is the items' offset parent (position: relative)
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + li.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + li.offsetHeight - box.clientHeight;
  }
}
