// The README's generated tables (models, claims → scenarios) match the code and scenarios.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedReadme } from '../scripts/readme-tables.ts';
import { REPO_ROOT } from './scenario-files.ts';

describe('README', () => {
  it('has up-to-date generated tables (npm run docs:tables)', () => {
    const current = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(generatedReadme(current) === current).toBe(true);
  });

  it('has the quick start the project promises', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const cmd of ['npm install', 'npm start', 'npm test', 'npm run bench']) expect(text).toContain(cmd);
  });
});
