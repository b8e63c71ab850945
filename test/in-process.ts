// Runs the lockstep command line in this process (src/cli/main.ts main), for tests of what it
// says to bad input: everything it writes — console and the standard streams — is kept and
// returned with its exit code, and the process's exit code is left as it was.
import { vi } from 'vitest';
import { main } from '../src/cli/main.ts';

export async function lockstepInProcess(argv: readonly string[]): Promise<{ code: number; said: string }> {
  const said: string[] = [];
  const keep = (chunk: unknown): boolean => {
    said.push(String(chunk));
    return true;
  };
  const line = (...parts: unknown[]): void => void keep(parts.join(' ') + '\n');
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(keep),
    vi.spyOn(process.stderr, 'write').mockImplementation(keep),
    vi.spyOn(console, 'log').mockImplementation(line),
    vi.spyOn(console, 'error').mockImplementation(line),
  ];
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await main([...argv]);
    return { code: Number(process.exitCode ?? 0), said: said.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.exitCode = before;
  }
}
