// The recording controls of the Scenarios panel (issue "The browser twin"): start and stop,
// a checkpoint (an `expect:` of what the page shows now), and the export — the scenario text
// shown on the page and offered as a download — that `lockstep run` replays as a bug report
// (design/architecture.md "Scenario files"; recorder.ts says how the recording starts).

import type { Recorder } from './recorder.ts';
import { button } from './dom.ts';

export const EXPORT_FILE_PREFIX = 'lockstep-recording';
const YAML_TYPE = 'text/yaml';
const TEXT_ROWS = 14;

export function buildRecordView(recorder: Recorder): HTMLElement {
  const root = document.createElement('div');
  root.className = 'scn-record';
  root.setAttribute('role', 'group');
  root.setAttribute('aria-labelledby', 'rec-title');
  const title = document.createElement('h3');
  title.id = 'rec-title';
  title.textContent = 'Record what you do';
  const hint = document.createElement('p');
  hint.className = 'scn-hint';
  hint.textContent =
    'Recording restarts the lock from what a scenario can describe (its codes, Mastercode, handing, pack, door and switches; the clock at 0). Then every press, hold, pack, door, thumbturn and wait goes into a scenario file that lockstep run replays.';

  const controls = document.createElement('div');
  controls.className = 'scn-controls';
  const toggle = button('rec-toggle', 'Start recording', 'Start recording what you do', () => {
    if (recorder.recording) recorder.stop();
    else recorder.begin();
  });
  const check = button('rec-checkpoint', 'Add a check', 'Add a check of what the lock shows now to the recording', () => {
    if (recorder.checkpoint()) say('Check added: what the lock shows now.');
  });
  const exportButton = button('rec-export', 'Export scenario', 'Export scenario: the recording as a scenario file', () => void exportNow());
  controls.append(toggle, check, exportButton);

  const count = document.createElement('p');
  count.id = 'rec-count';
  count.className = 'scn-hint';
  const status = document.createElement('p');
  status.id = 'rec-status';
  status.setAttribute('role', 'status');

  const out = document.createElement('div');
  out.className = 'scn-export';
  out.hidden = true;
  const textLabel = document.createElement('label');
  textLabel.htmlFor = 'rec-text';
  textLabel.textContent = 'The scenario (YAML)';
  const text = document.createElement('textarea');
  text.id = 'rec-text';
  text.readOnly = true;
  text.rows = TEXT_ROWS;
  text.spellcheck = false;
  text.wrap = 'off'; // YAML lines stay whole
  const download = document.createElement('a');
  download.id = 'rec-download';
  out.append(textLabel, text, download);

  root.append(title, hint, controls, count, status, out);

  let url = '';
  function say(message: string): void {
    status.textContent = message;
  }

  async function exportNow(): Promise<void> {
    try {
      const yaml = await recorder.text();
      text.value = yaml;
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([yaml], { type: YAML_TYPE }));
      const name = `${EXPORT_FILE_PREFIX}-${recorder.draft().model}.yaml`;
      download.href = url;
      download.download = name;
      download.textContent = `Download ${name}`;
      out.hidden = false;
      root.dataset.exported = 'true';
      say(`Exported ${recorder.recording ? 'the recording so far' : 'the recording'}: replay it with lockstep run ${name}`);
    } catch (err) {
      say(`Could not export: ${(err as Error).message}`);
    }
  }

  function sync(): void {
    toggle.textContent = recorder.recording ? 'Stop recording' : 'Start recording';
    toggle.setAttribute('aria-label', recorder.recording ? 'Stop recording' : 'Start recording what you do');
    toggle.setAttribute('aria-pressed', String(recorder.recording));
    check.disabled = !recorder.recording;
    exportButton.disabled = !recorder.hasRecording;
    root.dataset.recording = String(recorder.recording);
    count.textContent = recorder.hasRecording ? `${recorder.actionCount} action${recorder.actionCount === 1 ? '' : 's'} recorded${recorder.recording ? ' so far' : ''}.` : '';
  }

  let was = false;
  recorder.onChange(() => {
    sync();
    if (recorder.recording && !was) {
      const notes = recorder.notes.length ? ` At the restart ${recorder.notes.join('; ')}.` : '';
      say(`Recording: the lock restarted from what a scenario can describe.${notes}`);
    } else if (!recorder.recording && was) {
      say(recorder.endedBecause ? `Recording stopped: ${recorder.endedBecause}. Export keeps what was recorded.` : 'Recording stopped. Export it as a scenario.');
    }
    was = recorder.recording;
  });
  sync();
  return root;
}
