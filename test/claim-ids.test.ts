// Which seed claims a scenario's name says it reproduces (src/cli/claims-command.ts claimIdsOf),
// as `lockstep claims` lists them: the ids of the tag before " — " or ":", or, in a name with
// neither, the ids it starts with — the README's example scenario is named "S8 factory reset …".
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimIdsOf } from '../src/cli/claims-command.ts';
import { parseScenario } from '../src/scenario/load.ts';
import { REPO_ROOT } from './scenario-files.ts';

const YAML_BLOCK = /```yaml\n([\s\S]*?)```/;

describe('the claims a scenario name gives', () => {
  it('are those of its tag, not those it mentions after it', () => {
    expect(claimIdsOf('S8 — 909 factory reset as the SmartCode (K1): … (S9: 29.5 s does nothing)')).toEqual([8]);
    expect(claimIdsOf('S1/S2: no code resets the lock')).toEqual([1, 2]);
    expect(claimIdsOf('G3 — 620: Program held 30 s resets (S8, S6)')).toEqual([]);
  });

  it('are those a name without a tag starts with', () => {
    expect(claimIdsOf('S8 factory reset wipes every code, then the lock relearns handing')).toEqual([8]);
    expect(claimIdsOf('S1/S2 no code resets the lock or skips the Mastercode')).toEqual([1, 2]);
    expect(claimIdsOf('S6, S8 reset wipes every code')).toEqual([6, 8]);
    expect(claimIdsOf('factory reset wipes every code (S6)')).toEqual([]);
    expect(claimIdsOf('S80 is no claim')).toEqual([]);
  });

  it('include S8 for the README\'s example scenario, as its name says', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const example = YAML_BLOCK.exec(readme.slice(readme.indexOf('## Scenarios')))![1];
    expect(claimIdsOf(parseScenario(example, 'example.yaml').name)).toEqual([8]);
  });
});
