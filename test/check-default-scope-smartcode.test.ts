// `lockstep check` on the default scope of every SmartCode and Home Connect model (see
// ./check-default-scope.ts).
import { describe } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { defaultScopeTest } from './check-default-scope.ts';

describe('lockstep check, default scope: SmartCode line', () => {
  for (const m of MODELS) if (!m.id.startsWith('powerbolt-')) defaultScopeTest(m.id);
});
