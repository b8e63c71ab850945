// `lockstep models`: the profiles lockstep runs, with the identifiers a person can find on the
// lock or its box (seed S13).

import pc from 'picocolors';
import { MODELS } from '../models/index.ts';
import { modelTableMarkdown } from './model-table.ts';

export function listModels(json: boolean, out: (line: string) => void = console.log, markdown = false): void {
  if (markdown) {
    out(modelTableMarkdown(MODELS));
    return;
  }
  if (json) {
    out(JSON.stringify(MODELS.map((m) => ({ id: m.id, name: m.name, family: m.family, identifiers: m.identifiers, capacity: m.codes.capacity }))));
    return;
  }
  // The ids' column as wide as the longest id (powerbolt-92640-001), so no name runs into one.
  const width = Math.max(...MODELS.map((m) => m.id.length));
  for (const m of MODELS) {
    out(`${pc.bold(m.id.padEnd(width))} ${m.name}  ${pc.dim(`(${m.family}, ${m.codes.capacity} codes)`)}`);
    out(`${' '.repeat(width + 1)}${pc.dim('identify by:')} ${m.identifiers.join(' · ')}`);
  }
}
