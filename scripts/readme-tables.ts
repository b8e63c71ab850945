// Regenerates the README's generated tables (model × feature, claim → scenarios, the `given:`
// defaults per model) between their
// markers: `npm run docs:tables`. `--check` exits 1 when the README is out of date (used by a test).
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS } from '../src/models/index.ts';
import { modelTableMarkdown } from '../src/cli/model-table.ts';
import { claimCoverage, printClaims } from '../src/cli/claims-command.ts';
import { givenDefaultsMarkdown } from '../src/scenario/given-defaults.ts';

const ROOT = join(import.meta.dirname, '..');
const README = join(ROOT, 'README.md');

export function generatedReadme(text: string): string {
  const claimLines: string[] = [];
  printClaims(claimCoverage(join(ROOT, 'scenarios'), ROOT), true, (l) => claimLines.push(l));
  const tables = replaceBetween(replaceBetween(text, 'models', modelTableMarkdown(MODELS)), 'claims', claimLines.join('\n'));
  return replaceBetween(tables, 'given', givenDefaultsMarkdown(MODELS));
}

function replaceBetween(text: string, name: string, body: string): string {
  const begin = `<!-- ${name}:begin (generated: npm run docs:tables) -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${name} markers`);
  return `${text.slice(0, a + begin.length)}\n${body}\n${text.slice(b)}`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const current = readFileSync(README, 'utf8');
  const next = generatedReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md tables are out of date: run npm run docs:tables');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(`${README}.tmp`, next);
    renameSync(`${README}.tmp`, README);
    console.log('README.md tables regenerated');
  }
}
