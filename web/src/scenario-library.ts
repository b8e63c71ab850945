/// <reference types="vite/client" />
// The shipped scenarios (scenarios/<model>/*.yaml — the acceptance tests, named by the seed
// claim each reproduces) bundled with the page as text, each its own chunk fetched only when
// it is opened, so the first load stays small. Snapshots saved beside them (a `given:
// snapshot:`) are bundled the same way.

import { MODELS } from '../../src/models/index.ts';

const TEXTS = import.meta.glob<string>('../../scenarios/**/*.yaml', { query: '?raw', import: 'default' });
const SNAPSHOTS = import.meta.glob<string>('../../scenarios/**/*.json', { query: '?raw', import: 'default' });
/** How the glob's keys begin: the repository root, seen from this file. */
const ROOT_PREFIX = '../../';
const EXTENSION = /\.yaml$/;

export interface ScenarioEntry {
  /** The file as the command line names it from the repository root: `scenarios/smartcode-913/….yaml`. */
  file: string;
  model: string;
  /** The file's name without `.yaml`, e.g. `s08-factory-reset-30s`. */
  title: string;
}

export interface ModelGroup {
  model: string;
  label: string;
  entries: ScenarioEntry[];
}

function repoPath(key: string): string {
  return key.startsWith(ROOT_PREFIX) ? key.slice(ROOT_PREFIX.length) : key;
}

const BY_FILE = new Map(Object.entries(TEXTS).map(([key, load]) => [repoPath(key), load]));
const SNAPSHOT_BY_FILE = new Map(Object.entries(SNAPSHOTS).map(([key, load]) => [repoPath(key), load]));

const ENTRIES: ScenarioEntry[] = [...BY_FILE.keys()].sort().map((file) => {
  const parts = file.split('/');
  return { file, model: parts[parts.length - 2] ?? '', title: (parts[parts.length - 1] ?? file).replace(EXTENSION, '') };
});

/** The scenarios by model: `current` first, then the models in the picker's order, then any others. */
export function scenarioGroups(current: string): ModelGroup[] {
  const order = [current, ...MODELS.map((m) => m.id).filter((id) => id !== current)];
  const models = [...new Set([...order, ...ENTRIES.map((e) => e.model)])];
  return models
    .map((model) => ({
      model,
      label: MODELS.find((m) => m.id === model)?.name ?? model,
      entries: ENTRIES.filter((e) => e.model === model),
    }))
    .filter((g) => g.entries.length > 0);
}

export function scenarioCount(): number {
  return ENTRIES.length;
}

/** The text of a bundled scenario; throws when there is no such file. */
export async function scenarioText(file: string): Promise<string> {
  const load = BY_FILE.get(file);
  if (!load) throw new Error(`no scenario ${file} is bundled with the page`);
  return load();
}

/** The text of a snapshot bundled beside the scenarios, or null when there is none at `file`. */
export async function snapshotText(file: string): Promise<string | null> {
  const load = SNAPSHOT_BY_FILE.get(file);
  return load ? load() : null;
}
