// A scenario's step words typed at the REPL (README, The troubleshooter: `lockstep repl`): the
// REPL says a door, a pack or digits in words of its own (`open`, `pull`, `1357`), so one who
// writes scenarios types `door open`, `battery out` or `type 1357` first. Each is still no
// command (reason unknown-command), but the message names the REPL's command that does it.
import { describe, expect, it } from 'vitest';
import { replRefusalOf } from './repl-refusal-of.ts';

describe('a scenario step word at the REPL', () => {
  it.each([
    ['type 1357', 'unknown command "type": digits are typed as they are, e.g. 1357'],
    ['door open', 'unknown command "door": the door is opened with open and closed with close'],
    ['door closed', 'unknown command "door": the door is opened with open and closed with close'],
    ['battery out', 'unknown command "battery": the pack is pulled with pull and put in with insert [VOLTS]'],
    ['battery: { in: 4.6 }', 'unknown command "battery:": the pack is pulled with pull and put in with insert [VOLTS]'],
    ['bolt push', 'unknown command "bolt": the bolt is pushed with push'],
    ['expect bolt extended', 'unknown command "expect": the REPL checks nothing itself: state shows the lock now, and record ends the scenario it writes with an expect of it'],
  ])('%s names the REPL command that does it', (line, words) => {
    const err = replRefusalOf(line);
    expect(err.reason).toBe('unknown-command');
    expect(err.message).toBe(`${words} (type help for the list of commands)`);
  });

  it('a word no scenario uses stays a plain unknown command', () => {
    expect(replRefusalOf('bogus').message).toBe('unknown command "bogus" (type help for the list of commands)');
  });
});
