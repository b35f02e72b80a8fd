import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../core/test-support/corpus.js';
import { bundledTruth } from './bundled.js';
import { diffJson, diffSets, filterDiff, notComparedNotes } from './diff.js';
import type { EventSet } from './event-set.js';
import { filterHistory, NO_HISTORY_FILTER } from './filter.js';
import { buildHistory } from './history.js';
import { resolveTruthVersion, truthFor } from './resolve.js';
import { buildEvents, markdownSteps } from './test-support/truth-files.js';

const { sets, unstableArgs } = bundledTruth();
const build = (version: string): EventSet => sets.find((set) => set.version === version)!;

describe('bundled truth builds', () => {
  it.skipIf(!hasCorpus)('hold the events and positional arguments of each truth/builds file', () => {
    expect(sets).toHaveLength(21);
    for (const set of sets) {
      const label = /\(([^()]+)\)$/.exec(set.description)![1]!;
      const expected = buildEvents(label);
      expect(set.events.size, set.label).toBe(expected.length);
      for (const entry of expected) expect(set.events.get(entry.event), `${set.label} ${entry.event}`).toEqual(entry);
    }
  });
});

describe('diffSets', () => {
  it.skipIf(!hasCorpus)('says what events-by-version.md says changed between every two consecutive versions', () => {
    const steps = markdownSteps();
    expect(steps).toHaveLength(sets.length - 1);
    for (const step of steps) {
      const diff = diffSets(build(step.from), build(step.to), unstableArgs);
      const what = `${step.from} -> ${step.to}`;
      expect(diff.added.map((entry) => entry.event), what).toEqual(step.added);
      expect(diff.removed.map((entry) => entry.event), what).toEqual(step.removed);
      expect(diff.changed.map(({ event, from, to }) => ({ event, from, to })), what).toEqual(step.changed);
    }
  });

  it('3.12 → 3.13: time.sleep added, nntplib and telnetlib events removed, open flagged as the quirk', () => {
    const diff = diffSets(resolveTruthVersion(sets, '3.12')!, resolveTruthVersion(sets, '3.13')!, unstableArgs);
    expect(diff).toMatchObject({ from: '3.12.4', to: '3.13.0rc2' });
    expect(diff.added).toEqual([{ event: 'time.sleep', args: ['secs'], internal: false }]);
    expect(diff.removed.map((entry) => entry.event)).toEqual(['nntplib.connect', 'nntplib.putline', 'telnetlib.Telnet.open', 'telnetlib.Telnet.write']);
    expect(diff.changed).toEqual([{ event: 'open', from: ['file', 'mode', 'flags'], to: ['path', 'mode', 'flags'], internal: false, unstable: true }]);
  });
});

describe('filterDiff', () => {
  it('narrows a diff to one table and to a search in event or argument names', () => {
    const diff = diffSets(build('3.8.3'), build('3.8.7+'), unstableArgs);
    expect(filterDiff(diff, 'internal', '').added).toHaveLength(8);
    expect(filterDiff(diff, 'public', '').added.map((entry) => entry.event)).toEqual(['builtins.id', 'function.__new__', 'object.__delattr__', 'object.__getattr__', 'object.__setattr__', 'setopencodehook']);
    expect(filterDiff(diff, 'all', 'PIPE').added.map((entry) => entry.event)).toEqual(['_winapi.CreateNamedPipe', '_winapi.CreatePipe']);
    const changed = diffSets(build('3.12.2'), build('3.12.3'), unstableArgs);
    expect(filterDiff(changed, 'all', 'address').changed).toHaveLength(2);
    expect(filterDiff(changed, 'all', 'nothing').changed).toHaveLength(0);
  });
});

describe('resolving versions', () => {
  it('names a build exactly, or the newest build of a series', () => {
    expect(resolveTruthVersion(sets, '3.12')?.version).toBe('3.12.4');
    expect(resolveTruthVersion(sets, '3.9')?.version).toBe('3.9.7');
    expect(resolveTruthVersion(sets, '3.16')?.version).toBe('3.16.0a0');
    expect(resolveTruthVersion(sets, '3.12.3')?.version).toBe('3.12.3');
    expect(resolveTruthVersion(sets, '3.11.10')?.version).toBe('3.11.10+');
    expect(resolveTruthVersion(sets, '3.7')).toBeNull();
    expect(resolveTruthVersion(sets, '3.12.1')).toBeNull();
  });

  it('checks a file against the closest build of its series', () => {
    expect(truthFor(sets, '3.12.1')?.version).toBe('3.12.2');
    expect(truthFor(sets, '3.10.12')?.version).toBe('3.10.2');
    expect(truthFor(sets, '3.9.5')?.version).toBe('3.9.4');
    expect(truthFor(sets, '3.13.0a0')?.version).toBe('3.13.0rc2');
    expect(truthFor(sets, '3.7.9')).toBeNull();
    expect(truthFor(sets, null)).toBeNull();
  });
});

describe('buildHistory', () => {
  const history = buildHistory(sets, [], unstableArgs);
  const row = (event: string) => history.rows.find((entry) => entry.event === event)!;
  const at = (event: string, version: string) => row(event).cells[history.columns.findIndex((column) => column.set.version === version)]!;

  it('has a column per build in version order and a row per event any build lists', () => {
    expect(history.columns.map((column) => column.set.version)).toEqual(sets.map((set) => set.version));
    expect(history.columns.map((column) => column.set.version).at(7)).toBe('3.10.0a6');
    expect(new Set(history.rows.map((entry) => entry.event))).toEqual(new Set(sets.flatMap((set) => [...set.events.keys()])));
  });

  it('tells when each event was added, removed and changed', () => {
    expect(row('time.sleep')).toMatchObject({ added: '3.13.0rc2', removed: null, args: ['secs'], module: 'time' });
    expect(row('telnetlib.Telnet.open')).toMatchObject({ added: '3.8.0', removed: '3.13.0rc2' });
    expect(row('ctypes.string_at').transitions).toEqual([
      { kind: 'added', version: '3.8.3', column: 1, from: null, to: null },
      expect.objectContaining({ kind: 'changed', version: '3.12.3', from: ['address', 'size'], to: ['ptr', 'size'] }),
    ]);
    // Dropped from the 3.9.0 tag, back in the 3.9 branch: removed, then added again, and not removed in the end.
    expect(row('_winapi.CreateFile').transitions.map((step) => `${step.kind} ${step.version}`)).toEqual([
      'added 3.8.7+',
      'removed 3.9.0',
      'added 3.9.1+',
    ]);
    expect(row('_winapi.CreateFile')).toMatchObject({ internal: true, removed: null });
    expect(row('open').unstable).toBe(true);
    expect(row('os.system').unstable).toBe(false);
  });

  it('says per cell whether the event is there and whether its arguments differ from the previous build', () => {
    expect(at('time.sleep', '3.12.4').state).toBe('absent');
    expect(at('time.sleep', '3.13.0rc2').state).toBe('added');
    expect(at('time.sleep', '3.14.0a0').state).toBe('present');
    expect(at('nntplib.connect', '3.13.0rc2').state).toBe('removed');
    expect(at('ctypes.string_at', '3.12.3')).toEqual({ state: 'changed', args: ['ptr', 'size'], before: ['address', 'size'] });
    expect(at('os.system', '3.8.0').state).toBe('present');
  });

  it('puts a file beside the build of its version and counts where it disagrees with it', () => {
    const truth = build('3.12.4');
    const events = new Map(truth.events);
    events.delete('time.sleep'); // not in 3.12 anyway
    events.delete('os.system');
    events.set('ctypes.string_at', { event: 'ctypes.string_at', args: ['address', 'size'], internal: false });
    events.set('open', { event: 'open', args: ['path', 'mode', 'flags'], internal: false });
    events.set('made.up', { event: 'made.up', args: [], internal: false });
    const file: EventSet = { id: 'file:x', kind: 'file', version: '3.12', label: 'en 3.12', description: 'x', events };
    const unknown: EventSet = { id: 'file:y', kind: 'file', version: null, label: 'y', description: 'y', events: new Map() };
    const withFile = buildHistory(sets, [unknown, file], unstableArgs);
    const ids = withFile.columns.map((column) => column.set.id);
    expect(ids.indexOf('file:x')).toBe(ids.indexOf('truth:3.12.4') + 1);
    expect(ids.at(-1)).toBe('file:y');
    const column = withFile.columns[ids.indexOf('file:x')]!;
    expect(column.truth?.version).toBe('3.12.4');
    // os.system missing, made.up extra, ctypes.string_at other arguments; open's differing list is the known quirk.
    expect(column.disagreements).toBe(3);
    const cell = (event: string) => withFile.rows.find((entry) => entry.event === event)!.cells[ids.indexOf('file:x')]!;
    expect(cell('os.system').state).toBe('removed');
    expect(cell('made.up').state).toBe('added');
    expect(cell('ctypes.string_at')).toMatchObject({ state: 'changed', before: ['ptr', 'size'] });
    expect(cell('open').state).toBe('changed');
    expect(withFile.rows.find((entry) => entry.event === 'made.up')).toMatchObject({ added: null, inTruth: false });
    expect(withFile.columns.at(-1)!.disagreements).toBe(0);
  });
});

describe('filterHistory', () => {
  const history = buildHistory(sets, [], unstableArgs);
  const events = (filter: Partial<typeof NO_HISTORY_FILTER>) => filterHistory(history, { ...NO_HISTORY_FILTER, ...filter }).map((row) => row.event);

  it('added since a version: not listed there, listed in a later build', () => {
    const added = events({ addedSince: 'truth:3.14.0a0' });
    expect(added).toEqual(['_posixsubprocess.fork_exec', 'cpython.PyConfig_Set', 'cpython.remote_debugger_script', 'ctypes.memoryview_at', 'os._clearenv', 'sys.monitoring.register_callback', 'sys.remote_exec', 'winreg.DeleteTree']);
  });

  it('changed between two versions, present in a version, module and table', () => {
    expect(events({ changedBetween: ['truth:3.12.2', 'truth:3.12.4'] })).toEqual(['ctypes.string_at', 'ctypes.wstring_at']);
    expect(events({ changedBetween: ['truth:3.12.4', 'truth:3.10.2'] })).toEqual(['ctypes.string_at', 'ctypes.wstring_at', 'shutil.rmtree', 'sys._getframe']);
    expect(events({ presentIn: 'truth:3.13.0rc2' })).toHaveLength(178 + 8);
    expect(events({ presentIn: 'truth:3.13.0rc2', modules: ['time'] })).toEqual(['time.sleep']);
    expect(events({ table: 'internal', presentIn: 'truth:3.16.0a0' })).toHaveLength(9);
    expect(events({ query: 'PTR', presentIn: 'truth:3.12.4', modules: ['ctypes'] })).toEqual(expect.arrayContaining(['ctypes.string_at', 'ctypes.wstring_at']));
  });
});

describe('files holding one table', () => {
  it('a catalog with only the internal table does not miss the public events, in the history or a diff', () => {
    const truth = build('3.12.4');
    const internal = new Map([...truth.events].filter(([, info]) => info.internal));
    internal.delete('_winapi.CreateFile');
    const catalog: EventSet = { id: 'file:po', kind: 'file', version: '3.12', label: 'pt-BR 3.12', description: 'po', events: internal, tables: new Set(['internal']) };
    const history = buildHistory(sets, [catalog], unstableArgs);
    const index = history.columns.findIndex((column) => column.set.id === 'file:po');
    expect(history.columns[index]!.disagreements).toBe(1);
    const cell = (event: string) => history.rows.find((row) => row.event === event)!.cells[index]!;
    expect(cell('os.system').state).toBe('absent');
    expect(cell('_winapi.CreateFile').state).toBe('removed');
    const diff = diffSets(catalog, truth, unstableArgs);
    expect(diff.added.map((entry) => entry.event)).toEqual(['_winapi.CreateFile']);
    expect(diffSets(truth, catalog, unstableArgs).removed.map((entry) => entry.event)).toEqual(['_winapi.CreateFile']);
  });

  it('a diff says which table it could not compare, and why, in its notes and its JSON', () => {
    const truth = build('3.12.4');
    const internal = new Map([...truth.events].filter(([, info]) => info.internal));
    const catalog: EventSet = { id: 'file:po', kind: 'file', version: '3.12', label: 'pt-BR 3.12', description: 'po', events: internal, tables: new Set(['internal']) };
    const diff = diffSets(truth, catalog, unstableArgs);
    expect(diff).toMatchObject({ added: [], removed: [], changed: [] });
    expect(diff.notCompared).toEqual([{ table: 'public', missingIn: ['pt-BR 3.12'] }]);
    expect(notComparedNotes(diff)).toEqual(['public table not compared: pt-BR 3.12 has none']);
    expect(JSON.parse(diffJson(diff)).notes).toEqual(['public table not compared: pt-BR 3.12 has none']);
    // Narrowed to the internal table, the note about the public one no longer applies.
    expect(filterDiff(diff, 'internal', '').notCompared).toEqual([]);
    expect(filterDiff(diff, 'public', '').notCompared).toEqual(diff.notCompared);
    // Two builds hold both tables: nothing to say.
    expect(diffSets(build('3.12.2'), build('3.12.3'), unstableArgs).notCompared).toEqual([]);
  });
});
