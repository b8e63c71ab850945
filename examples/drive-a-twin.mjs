// Driving a SmartCode 275 twin from a program, as lock-management software under test would:
// personalise the lock (programming code), add a user code by the manual's keypad sequence, open
// the locked door with it, set off the wrong-code lockout, and carry the lock over a restart
// through a snapshot. Plain JavaScript on Node.js: `npm run build:lib`, then
// `node examples/drive-a-twin.mjs`. Every line it prints is a JSON object.
import { Twin, lockState, perform, addCodeSequence, setAdminSequence, checkSnapshot } from 'lockstep';

const say = (what, value) => console.log(JSON.stringify({ what, ...value }));
const eventsOf = (entries) => entries.filter((e) => e.ch === 'event').map((e) => e.v);

// A 275 after a factory reset: programming code 0000 (seed S12; from the box it has its tag's own code),
// handed to a right-hand door, door open.
const twin = Twin.create('smartcode-275', { door: 'right', handed: 'right', doorOpen: true, mastercode: '0000' });

// The manual's sequences, each step's answer checked against what the manual says the lock shows.
const personalised = perform(twin, setAdminSequence(twin.model, '0000', '2580'));
say('programming code set', { ok: personalised.ok });
const added = perform(twin, addCodeSequence(twin.model, '2580', '1357', 1));
say('code added', { ok: added.ok, events: eventsOf(added.entries) });

// Close the door, lock it from outside (one-touch Lock), then open it with the new code.
twin.apply({ do: 'door', state: 'closed' });
twin.apply({ do: 'press', key: 'lock' });
twin.apply({ do: 'wait', ms: 3_000 });
say('locked from outside', { bolt: lockState(twin).bolt });
const before = twin.trace.length;
twin.apply({ do: 'type', digits: '1357' });
twin.apply({ do: 'wait', ms: 3_000 });
say('code typed', { bolt: lockState(twin).bolt, events: eventsOf(twin.trace.since(before)) });

// Three wrong codes within a minute: the keypad locks out.
twin.apply({ do: 'press', key: 'lock' });
twin.apply({ do: 'wait', ms: 3_000 });
for (const wrong of ['1111', '2222', '3333']) {
  twin.apply({ do: 'type', digits: wrong });
  twin.apply({ do: 'wait', ms: 2_000 });
}
say('after three wrong codes', { lockedOut: lockState(twin).lockedOut });

// A restart of the software under test: the lock carries on from its snapshot, as JSON.
const saved = JSON.stringify(twin.snapshot());
const again = Twin.restore(checkSnapshot(JSON.parse(saved)));
again.apply({ do: 'wait', ms: 60_000 });
const mark = again.trace.length;
again.apply({ do: 'type', digits: '1357' });
again.apply({ do: 'wait', ms: 3_000 });
say('restored, lockout over, code typed', { bolt: lockState(again).bolt, events: eventsOf(again.trace.since(mark)) });
