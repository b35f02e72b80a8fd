import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../../renderer/export/csv.js';
import { corpusPath, hasCorpus } from '../../core/test-support/corpus.js';
import { bundledTruth } from './bundled.js';
import { eventsJson, eventsTable, exportEvents, pythonModule } from './export-events.js';
import { columnIndex, filterHistory, NO_HISTORY_FILTER } from './filter.js';
import { buildHistory } from './history.js';
import { buildEvents } from './test-support/truth-files.js';

const { sets, unstableArgs } = bundledTruth();
const history = buildHistory(sets, [], unstableArgs);
const LABEL_313 = '3.13.0rc2_sources-kisaragi-zh-tw';
const presentIn313 = filterHistory(history, { ...NO_HISTORY_FILTER, presentIn: 'truth:3.13.0rc2' });
const events313 = exportEvents(presentIn313, columnIndex(history, 'truth:3.13.0rc2'));

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doctable-versions-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exports of the events of 3.13.0rc2', () => {
  it.skipIf(!hasCorpus)('JSON: each event of the truth build with its positional arguments, table, added and removed', () => {
    const exported = JSON.parse(eventsJson(events313)) as Array<Record<string, unknown>>;
    const expected = buildEvents(LABEL_313);
    expect(exported).toHaveLength(expected.length);
    const byName = new Map(exported.map((entry) => [entry['event'], entry]));
    for (const entry of expected) expect(byName.get(entry.event), entry.event).toMatchObject({ args: entry.args, internal: entry.internal, removed: null });
    expect(byName.get('time.sleep')).toEqual({ event: 'time.sleep', args: ['secs'], internal: false, added: '3.13.0rc2', removed: null });
    expect(byName.get('os.system')).toMatchObject({ added: '3.8.0' });
    expect(byName.get('open')).toMatchObject({ args: ['path', 'mode', 'flags'], note: expect.stringContaining('different argument lists') });
    expect(Object.keys(byName.get('exec')!)).toEqual(['event', 'args', 'internal', 'added', 'removed']);
  });

  it.skipIf(!hasCorpus)('CSV through the app CSV writer reads back to the truth build', () => {
    const { header, rows } = eventsTable(events313);
    const parsed = Papa.parse<string[]>(toCsv(header, rows).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual(['event', 'arguments', 'table', 'added', 'removed', 'note']);
    const expected = buildEvents(LABEL_313);
    expect(parsed.slice(1).map((row) => [row[0], row[1], row[2]]).sort()).toEqual(
      expected.map((entry) => [entry.event, entry.args.join(', '), entry.internal ? 'internal' : 'public']).sort(),
    );
    expect(parsed.find((row) => row[0] === 'os.truncate')?.[5]).toMatch(/directives/);
  });

  it.skipIf(!hasCorpus)('Python: python3 imports the module, its EVENTS equal the truth build, and the hook dispatches a real audit event', async () => {
    const module = pythonModule(events313, ['Events listed in CPython 3.13.0rc2 (build _sources).']);
    expect(module).toContain('Events listed in CPython 3.13.0rc2');
    expect(module).toMatch(/^# open: .*different argument lists/m);
    await writeFile(path.join(dir, 'audit_events_313.py'), module);
    const script = [
      'import json, sys, time',
      'import audit_events_313 as audit',
      `build = json.load(open(${JSON.stringify(corpusPath(`truth/builds/${LABEL_313}.json`))}))`,
      'expected = {entry["event"]: tuple(entry["args"]) for entry in build["events"]}',
      'print("events equal:", audit.EVENTS == expected)',
      'print("raises time.sleep:", sys.version_info >= (3, 13))',
      '@audit.on("time.sleep")',
      'def slept(event, args):',
      '    print("handled", event, args, flush=True)',
      'audit.install()',
      'sys.audit("time.sleep", 0.0)',
      'time.sleep(0)',
      'sys.audit("socket.connect", "sock", ("h", 1))',
      'sys.audit("time.sleep", 0.5, "extra")',
      'print("done")',
    ].join('\n');
    const result = await run('python3', ['-c', script], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('events equal: True');
    expect(lines[2]).toBe("handled time.sleep {'secs': 0.0}");
    // CPython 3.13+ raises time.sleep itself from time.sleep(0) (the truth builds list it from 3.13 on); older ones do not.
    const raisesSleep = lines[1] === 'raises time.sleep: True';
    expect(lines.filter((line) => line === "handled time.sleep {'secs': 0}")).toHaveLength(raisesSleep ? 1 : 0);
    expect(lines.filter((line) => line.includes('socket.connect')), 'events without a handler are not dispatched').toEqual([]);
    expect(lines.at(-2)).toBe("handled time.sleep {'secs': 0.5, '*': ('extra',)}");
    expect(lines.at(-1)).toBe('done');
  });

  it('Python: names and arguments with quotes or line breaks stay literals; an event without arguments is an empty tuple', async () => {
    const module = pythonModule(
      [
        { event: 'weird"\n.event', args: ['a\\b', "it's"], internal: false, added: null, removed: null, unstable: false },
        { event: 'one', args: ['x'], internal: true, added: '3.8.0', removed: '3.9.0', unstable: false },
        { event: 'none', args: [], internal: false, added: null, removed: null, unstable: true },
      ],
      ['made from "a" file """ with\nline breaks'],
    );
    await writeFile(path.join(dir, 'audit_odd.py'), module);
    const result = await run('python3', ['-c', 'import audit_odd as m; print(sorted(m.EVENTS.items()))'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`[('none', ()), ('one', ('x',)), ('weird"\\n.event', ('a\\\\b', "it's"))]`);
  });
});
