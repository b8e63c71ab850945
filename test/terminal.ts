// A real terminal for tests "as a person uses them": tmux runs the command, send-keys types,
// capture-pane reads the screen. Each terminal has its own tmux server socket.
import { execFileSync, spawnSync } from 'node:child_process';
import { REPO_ROOT } from './scenario-files.ts';

export const TMUX_AVAILABLE = spawnSync('which', ['tmux']).status === 0;
/** The only reason to skip a terminal test, said in its name. */
export const TMUX_SKIP_NOTE = TMUX_AVAILABLE ? '' : ' [skipped: tmux is not installed — `which tmux` failed]';
const POLL_LIMIT_MS = 15_000;
const POLL_EVERY_MS = 100;
const COLS = 160;
const ROWS = 50;

export class Terminal {
  private readonly socket = `lockstep-test-${process.pid}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  private readonly session = 'term';

  /** `cols`: the terminal's width, for what a narrow one shows. */
  constructor(command: string, cols = COLS) {
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', this.session, '-x', String(cols), '-y', String(ROWS), command);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  }

  /** Type a line and press Enter. */
  type(line: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', line);
    this.tmux('send-keys', '-t', this.session, 'Enter');
  }

  /** Press keys by tmux name (e.g. 'Down', 'Enter', 'b'). */
  keys(...names: string[]): void {
    for (const k of names) this.tmux('send-keys', '-t', this.session, k);
  }

  /** The screen, with colours as escape codes when `colours`. */
  screen(colours = false): string {
    return this.tmux('capture-pane', '-p', '-S', '-', ...(colours ? ['-e'] : []), '-t', this.session);
  }

  /** Poll until `pattern` is on the screen (bounded); returns the screen. */
  async waitFor(pattern: RegExp, colours = false, limitMs = POLL_LIMIT_MS): Promise<string> {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const text = this.screen(colours);
      if (pattern.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} on the screen:\n${text}`);
      await new Promise((done) => setTimeout(done, POLL_EVERY_MS));
    }
  }

  /** Wait (bounded) for the program to end and the session to close. */
  async exited(): Promise<boolean> {
    const deadline = Date.now() + POLL_LIMIT_MS;
    while (this.alive() && Date.now() < deadline) await new Promise((done) => setTimeout(done, POLL_EVERY_MS));
    return !this.alive();
  }

  alive(): boolean {
    return spawnSync('tmux', ['-L', this.socket, 'has-session', '-t', this.session]).status === 0;
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
