// `lockstep practice-reset`: do a factory reset for real, on a twin, from the terminal — the
// seed's "show, don't tell" (issue "The troubleshooter"). The keys stand for the lock's parts,
// each model's own (practice-keys.ts): [b] pulls or inserts the battery pack, [h] presses and
// holds Program (or Reset), [r] releases it, [p] presses Program once. A live timer shows how long Program has been held, and the
// moment it is released too early the twin says so: the reset does not register (seed S8, S9).
// Time runs at `--speed` × real time; the twin decides everything, as the real lock would. What
// each key does and says, per model, is practice-session.ts; this file is the terminal.

import { emitKeypressEvents } from 'node:readline';
import cliProgress from 'cli-progress';
import pc from 'picocolors';
import { VirtualPace } from './virtual-pace.ts';
import type { ModelProfile } from '../models/profile.ts';
import { resetGestureKey } from '../models/reset-button.ts';
import { practiceKeyLetters, QUIT_KEY } from './practice-keys.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './exit-codes.ts';
import { PracticeSession, practiceInstructions } from './practice-session.ts';
import { wrapColumns, wrapLine } from './terminal-wrap.ts';

export { HANDING_WATCH_MS, PRACTICE_CODES, PRACTICE_MASTERCODE, practiceTwin } from './practice-session.ts';

export const TICK_MS = 100; // real time between twin updates
const DEFAULT_COLUMNS = 80; // a terminal that does not say its width
const BAR_COLUMNS = 40; // the timer bar's length where the terminal has room for it
export { MAX_SPEED } from './virtual-pace.ts';
export const EXIT_NOT_DONE = 1;
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';

interface Keypress {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
}

export interface PracticeOptions {
  model: ModelProfile;
  speed: number;
  seed: number;
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
}

export async function practiceReset(opts: PracticeOptions): Promise<number> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  if (!input.isTTY) {
    console.error(pc.red('practice-reset needs a terminal: it reads single key presses. (For scripts, use `lockstep run` with a scenario.)'));
    return EXIT_BAD_INPUT;
  }
  const m = opts.model;
  // The bar line is not wrapped (the bars redraw in place): past the terminal's edge its end was
  // cut, so that at 60 columns the timer read "9 / 3" for 9 s of 30. The bar gives way instead,
  // drawn each time to the width the terminal has then, and the time held keeps one decimal.
  const label = ` ${resetGestureKey(m)} held `;
  const totalS = m.timing.resetHoldMs / 1000;
  const counts = ` ${totalS.toFixed(1)} / ${totalS} s`;
  const barColumns = () => Math.max(0, Math.min(BAR_COLUMNS, (output.columns || DEFAULT_COLUMNS) - 1 - label.length - counts.length - 1));
  const bars = new cliProgress.MultiBar(
    {
      format: `${label}{bar} {value} / {total} s`,
      barsize: BAR_COLUMNS,
      formatBar: (progress: number, o: cliProgress.Options) => {
        const size = barColumns();
        const done = Math.round(progress * size);
        return (o.barCompleteString ?? '').slice(0, done) + (o.barIncompleteString ?? '').slice(0, size - done);
      },
      formatValue: (v: number, _o: cliProgress.Options, type: string) => (type === 'value' ? Number(v).toFixed(1) : String(v)),
      hideCursor: true,
      clearOnComplete: false,
      stream: output,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  // The bars keep the terminal from wrapping lines (they redraw in place), so a long line is
  // wrapped here to the terminal's width, or its end would be cut off.
  const fit = (line: string) => wrapLine(line, wrapColumns(output));
  const session = new PracticeSession(m, opts.seed, (line) => bars.log(`${fit(line)}\n`));

  for (const line of practiceInstructions(m)) output.write(`${fit(line)}\n`);
  const bar = bars.create(m.timing.resetHoldMs / 1000, 0);

  return new Promise<number>((resolve) => {
    const finish = (code: number) => {
      clearInterval(timer);
      input.off('keypress', onKey);
      if (input.isTTY) input.setRawMode(false);
      input.pause();
      bars.stop();
      resolve(code);
    };
    const pace = new VirtualPace(opts.speed);
    const timer = setInterval(() => {
      session.tick(pace.next(TICK_MS));
      // The hold as the lock counts it (from power-up on a SmartCode: seed S8), as the page's ring.
      bar.update(session.countedMs() / 1000);
      if (session.finished) finish(EXIT_OK);
    }, TICK_MS);
    const onKey = (_s: string, key: Keypress) => {
      // Ctrl-D leaves as q does (and as it leaves the REPL); a letter pressed with Ctrl is not
      // that letter (Ctrl-B pulled the pack, Ctrl-D was answered "d does nothing here").
      if (key.sequence === CTRL_C || key.sequence === CTRL_D || (key.name === QUIT_KEY && !key.ctrl)) return finish(session.done ? EXIT_OK : EXIT_NOT_DONE);
      const name = key.ctrl ? `Ctrl-${(key.name ?? '').toUpperCase()}` : key.name;
      if (key.ctrl || !session.key(key.name ?? '')) bars.log(`${fit(pc.dim(`  (${name ?? key.sequence} does nothing here — keys: ${practiceKeyLetters(m)})`))}\n`);
      bar.update(session.countedMs() / 1000);
    };
    emitKeypressEvents(input);
    input.setRawMode(true);
    input.resume();
    input.on('keypress', onKey);
  });
}
