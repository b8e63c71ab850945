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
  for (const m of MODELS) {
    out(`${pc.bold(m.id.padEnd(16))} ${m.name}  ${pc.dim(`(${m.family}, ${m.codes.capacity} codes)`)}`);
    out(`${' '.repeat(17)}${pc.dim('identify by:')} ${m.identifiers.join(' · ')}`);
  }
}
