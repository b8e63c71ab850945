// `lockstep practice-reset`: do a factory reset for real, on a twin, from the terminal — the
// seed's "show, don't tell" (issue "The troubleshooter"). The keys stand for the lock's parts:
// [b] pulls or inserts the battery pack, [h] presses and holds Program (or Reset), [r] releases
// it, [p] presses Program once. A live timer shows how long Program has been held, and the
// moment it is released too early the twin says so: the reset does not register (seed S8, S9).
// Time runs at `--speed` × real time; the twin decides everything, as the real lock would.

import { emitKeypressEvents } from 'node:readline';
import cliProgress from 'cli-progress';
import pc from 'picocolors';
import type { ModelProfile } from '../models/profile.ts';
import { Twin } from '../twin/twin.ts';
import type { ButtonKey } from '../hardware/buttons.ts';
import { formatEntry } from './timeline.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './exit-codes.ts';

export const TICK_MS = 100; // real time between twin updates
export const HANDING_WATCH_MS = 10_000; // virtual time to watch after the confirming press
/** The fastest `--speed`: a 30 s hold in 30 ms of real time — faster shows nothing more, and a
 * finite but huge speed would run the lock's clock to its end within seconds. */
export const MAX_SPEED = 1_000;
export const EXIT_NOT_DONE = 1;
const CTRL_C = '\u0003';

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

function instructions(m: ModelProfile): string[] {
  const hold = `${m.timing.resetHoldMs / 1000} s`;
  switch (m.reset.gesture) {
    case 'power-up-program-hold':
      return [
        `The ${m.name} reset (seed S8): pull the pack, hold Program, put the pack back while holding, keep holding ${hold}` +
          (m.reset.confirmPress ? ', release, then press Program once more.' : '.'),
        'Keys: [b] pull / insert the battery pack · [h] hold Program · [r] release it · [p] press Program once · [q] quit',
      ];
    case 'program-hold-powered':
      return [
        `The ${m.name} reset: hold Program ${hold}${m.reset.requiresBoltRetracted ? ' with the bolt retracted' : ''}` +
          (m.reset.confirmPress ? ', release, then press Program once more.' : '.'),
        'Keys: [h] hold Program · [r] release it · [p] press Program once · [q] quit',
      ];
    case 'reset-button':
      return [`The ${m.name} reset: hold the Reset button ${hold}.`, 'Keys: [h] hold Reset · [r] release it · [q] quit'];
  }
}

/** The codes the practice lock holds before its reset: two that every model accepts — 4 digits,
 * their first four unlike (the 955, 240), and typed with other keys where a key carries two
 * digits (909, 910, Powerbolt 2: 1357 and 2468 are the same five keys there). */
export const PRACTICE_CODES: Readonly<Record<number, string>> = { 1: '1357', 2: '9753' };
/** The Mastercode the practice lock holds, on models where the Program button leads to one. */
export const PRACTICE_MASTERCODE = '86420';

/** The lock to practise on: door open, two codes (and a Mastercode where the model has one), so
 * the reset has something to erase. */
export function practiceTwin(m: ModelProfile, seed: number): Twin {
  return new Twin(m, { seed, doorOpen: true, codes: { ...PRACTICE_CODES }, mastercode: m.programming === 'mastercode-program-button' ? PRACTICE_MASTERCODE : undefined });
}

export async function practiceReset(opts: PracticeOptions): Promise<number> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  if (!input.isTTY) {
    console.error(pc.red('practice-reset needs a terminal: it reads single key presses. (For scripts, use `lockstep run` with a scenario.)'));
    return EXIT_BAD_INPUT;
  }
  const m = opts.model;
  const twin = practiceTwin(m, opts.seed);
  const holdKey: ButtonKey = m.reset.gesture === 'reset-button' ? 'reset' : 'program';
  const bars = new cliProgress.MultiBar(
    { format: ` ${holdKey} held {bar} {value} / {total} s`, hideCursor: true, clearOnComplete: false, stream: output, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const say = (line: string) => bars.log(`${line}\n`);
  let shown = twin.trace.length;
  const flushTrace = () => {
    for (const e of twin.trace.entries.slice(shown)) {
      if (e.ch === 'mode' || e.ch === 'input') continue;
      const line = formatEntry(e);
      if (line) say(line);
      const v = e.v as { type?: string };
      if (e.ch === 'event' && v.type === 'reset-not-registered') {
        say(pc.red(pc.bold(`  ✗ Released too early: the reset did not register (seed S9). Start again from the beginning.`)));
      }
      if (e.ch === 'event' && v.type === 'reset-armed') say(pc.green(`  ✓ Held long enough: ${m.reset.confirmPress ? 'release, then press Program once more [p].' : ''}`));
      if (e.ch === 'event' && v.type === 'reset-failed') say(pc.red(`  ✗ The reset failed: ${(e.v as { reason?: string }).reason ?? ''}`));
    }
    shown = twin.trace.length;
  };

  for (const line of instructions(m)) output.write(`${line}\n`);
  const bar = bars.create(m.timing.resetHoldMs / 1000, 0);
  let heldSince = -1;
  let done = false;

  return new Promise<number>((resolve) => {
    const finish = (code: number) => {
      clearInterval(timer);
      input.off('keypress', onKey);
      if (input.isTTY) input.setRawMode(false);
      input.pause();
      bars.stop();
      resolve(code);
    };
    const timer = setInterval(() => {
      twin.apply({ do: 'wait', ms: TICK_MS * opts.speed });
      // The hold as the lock counts it (from power-up on a SmartCode: seed S8), as the page's ring.
      bar.update(Math.min(Math.max(twin.resetHoldCountedMs, 0), m.timing.resetHoldMs) / 1000);
      flushTrace();
      if (done) finish(EXIT_OK);
    }, TICK_MS);
    const onKey = (_s: string, key: Keypress) => {
      if (key.sequence === CTRL_C || key.name === 'q') return finish(done ? EXIT_OK : EXIT_NOT_DONE);
      switch (key.name) {
        case 'b':
          twin.apply(twin.battery.present ? { do: 'battery-out' } : { do: 'battery-in' });
          say(pc.cyan(twin.battery.present ? '› battery pack in' : '› battery pack out'));
          break;
        case 'h':
          if (twin.buttons.isHeld(holdKey)) break;
          twin.apply({ do: 'hold', key: holdKey });
          heldSince = twin.sim.now;
          say(pc.cyan(`› holding ${holdKey}`));
          break;
        case 'r':
          if (!twin.buttons.isHeld(holdKey)) break;
          {
            const counted = twin.resetHoldCountedMs;
            const lockCount = counted >= 0 ? `, ${(counted / 1000).toFixed(1)} s of it counted by the lock` : twin.mode === 'reset-armed' ? '' : ', none of it counted by the lock';
            say(pc.cyan(`› released ${holdKey} after ${((twin.sim.now - heldSince) / 1000).toFixed(1)} s${lockCount}`));
          }
          heldSince = -1;
          twin.apply({ do: 'release', key: holdKey });
          break;
        case 'p': {
          const mark = twin.trace.length;
          twin.apply({ do: 'press', key: 'program' });
          say(pc.cyan('› press Program'));
          twin.apply({ do: 'wait', ms: HANDING_WATCH_MS });
          if (twin.trace.entries.slice(mark).some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'factory-reset')) {
            flushTrace();
            say(pc.green(pc.bold('  ✓ Factory reset done. Next: door handing (door open), a Mastercode, then codes tested with the door open (seed S23).')));
            done = true;
          }
          break;
        }
        default:
          say(pc.dim(`  (${key.name ?? key.sequence} does nothing here — keys: b h r p q)`));
      }
      flushTrace();
      if (m.reset.gesture === 'reset-button' && twin.trace.entries.some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'factory-reset')) done = true;
    };
    emitKeypressEvents(input);
    input.setRawMode(true);
    input.resume();
    input.on('keypress', onKey);
  });
}
