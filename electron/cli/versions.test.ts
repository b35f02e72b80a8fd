/** `doctable events` and `doctable diff`: the real CLI as a child process, checked against the corpus truth files. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, corpusPath, hasCorpus } from '../core/test-support/corpus.js';
import { buildEvents } from '../shared/versions/test-support/truth-files.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LABEL_313 = '3.13.0rc2_sources-kisaragi-zh-tw';
const LABEL_3124 = '3.12.4_sources-mayavi-zh-tw';
const LABEL_316 = '3.16.0a0_sources-flowdas';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const doctable = (...args: string[]) => run(process.execPath, [path.join(ROOT, 'bin/doctable.mjs'), ...args]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doctable-versions-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('doctable diff', () => {
  it('3.12 → 3.13 as JSON: time.sleep added, nntplib and telnetlib removed, open changed with its quirk noted', async () => {
    const result = await doctable('diff', '3.12', '3.13', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(Object.keys(diff)).toEqual(['from', 'to', 'added', 'removed', 'changed', 'notes']);
    expect(diff.from).toBe('3.12.4');
    expect(diff.to).toBe('3.13.0rc2');
    expect(diff.added).toEqual([{ event: 'time.sleep', args: ['secs'] }]);
    expect(diff.removed).toEqual([
      { event: 'nntplib.connect', args: ['self', 'host', 'port'] },
      { event: 'nntplib.putline', args: ['self', 'line'] },
      { event: 'telnetlib.Telnet.open', args: ['self', 'host', 'port'] },
      { event: 'telnetlib.Telnet.write', args: ['self', 'buffer'] },
    ]);
    expect(diff.changed).toEqual([{ event: 'open', from: ['file', 'mode', 'flags'], to: ['path', 'mode', 'flags'] }]);
    expect(diff.notes).toEqual([expect.stringMatching(/^open: .*different argument lists/)]);
  });

  it('as text: counts, then each list', async () => {
    const result = await doctable('diff', '3.12.2', '3.12.3');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '3.12.2 -> 3.12.3: 0 added, 0 removed, 2 changed',
      'changed (2):',
      '  ~ ctypes.string_at(address, size) -> (ptr, size)',
      '  ~ ctypes.wstring_at(address, size) -> (ptr, size)',
      '',
    ]);
  });

  it.skipIf(!hasCorpus)('a file against the build of its version: only the known quirk of open differs', async () => {
    const file = corpusPath(corpusFile('real', 'zh-tw_3.12.4_html_'));
    const result = await doctable('diff', file, '3.12.4', '--json');
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff).toMatchObject({ from: file, to: '3.12.4', added: [], removed: [] });
    expect(diff.changed.map((entry: { event: string }) => entry.event)).toEqual(['open']);
    expect(diff.notes).toHaveLength(1);
  });

  it.skipIf(!hasCorpus)('two files: what one build of the page has that the other lacks', async () => {
    const older = corpusPath(corpusFile('real', 'en_3.9.4_html_'));
    const newer = corpusPath(corpusFile('real', 'zh-tw_3.12.4_html_'));
    const diff = JSON.parse((await doctable('diff', older, newer, '--json')).stdout);
    const before = new Map(buildEvents('3.9.4_sources-obulat').map((entry) => [entry.event, entry.args]));
    const after = new Map(buildEvents(LABEL_3124).map((entry) => [entry.event, entry.args]));
    expect(diff.added.map((entry: { event: string }) => entry.event)).toEqual([...after.keys()].filter((event) => !before.has(event)).sort());
    expect(diff.removed.map((entry: { event: string }) => entry.event)).toEqual([...before.keys()].filter((event) => !after.has(event)).sort());
  });

  it.skipIf(!hasCorpus)('a build against a catalog: the public table is not compared, and the output says so', async () => {
    const catalog = corpusPath(corpusFile('real', 'fr_3.13_po_'));
    const text = await doctable('diff', '3.13', catalog);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      `3.13.0rc2 -> ${catalog}: 0 added, 0 removed, 0 changed`,
      `note: public table not compared: ${catalog} has none`,
    ]);
    const json = JSON.parse((await doctable('diff', '3.13', catalog, '--json')).stdout);
    expect(json.notes).toEqual([`public table not compared: ${catalog} has none`]);
  });

  it('says which operand it cannot use', async () => {
    const missing = await doctable('diff', path.join(dir, 'nope.html'), '3.12');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.html: no such file, and not a version/);
    const unknown = await doctable('diff', '3.7', '3.12');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown version "3\.7" \(known: 3\.8\.0, /);
    expect((await doctable('diff', '3.12')).code).toBe(2);
  });
});

describe('doctable events', () => {
  it.skipIf(!hasCorpus)('--version 3.13 --json: the events of the newest 3.13 build, arguments in positional order', async () => {
    const result = await doctable('events', '--version', '3.13', '--json');
    expect(result.code).toBe(0);
    const events = JSON.parse(result.stdout) as Array<{ event: string; args: string[]; internal: boolean; added: string; removed: null }>;
    expect(events.map(({ event, args, internal }) => ({ event, args, internal }))).toEqual(
      buildEvents(LABEL_313).sort((a, b) => (a.event < b.event ? -1 : 1)),
    );
    expect(events.find((entry) => entry.event === 'time.sleep')).toEqual({ event: 'time.sleep', args: ['secs'], internal: false, added: '3.13.0rc2', removed: null });
  });

  it.skipIf(!hasCorpus)('--since 3.12 --csv: what the newest build added or changed since 3.12.4', async () => {
    const result = await doctable('events', '--since', '3.12', '--csv');
    expect(result.code).toBe(0);
    const rows = Papa.parse<string[]>(result.stdout.trimEnd(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['event', 'arguments', 'table', 'added', 'removed', 'note']);
    const before = new Map(buildEvents(LABEL_3124).map((entry) => [entry.event, entry.args.join(', ')]));
    const expected = buildEvents(LABEL_316)
      .filter((entry) => before.get(entry.event) !== entry.args.join(', '))
      .map((entry) => [entry.event, entry.args.join(', ')])
      .sort();
    expect(rows.slice(1).map((row) => [row[0], row[1]])).toEqual(expected);
    expect(expected.map(([event]) => event)).toEqual(expect.arrayContaining(['time.sleep', 'os._clearenv', 'open']));
  });

  it.skipIf(!hasCorpus)('--python: python3 imports it, and its hook dispatches a real sys.audit event', async () => {
    const result = await doctable('events', '--version', '3.13', '--python');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Events listed in CPython 3.13.0rc2');
    await writeFile(path.join(dir, 'audit313.py'), result.stdout);
    const script = [
      'import sys, audit313',
      'print(len(audit313.EVENTS), audit313.EVENTS["os.truncate"])',
      'audit313.on("time.sleep")(lambda event, args: print("got", event, args))',
      'audit313.install()',
      'sys.audit("time.sleep", 0.0)',
    ].join('\n');
    const python = await run('python3', ['-c', script], dir);
    expect(python.stderr).toBe('');
    expect(python.stdout.split('\n')).toEqual([`${buildEvents(LABEL_313).length} ('fd', 'length')`, "got time.sleep {'secs': 0.0}", '']);
  });

  it('text by default: the newest build, one event a line', async () => {
    const result = await doctable('events');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CPython 3\.16\.0a0, .*: 194 events \(185 public, 9 internal\)$/);
    expect(lines).toHaveLength(1 + 194);
    expect(lines).toContain('os._clearenv()  [added 3.16.0a0]');
  });

  it('usage errors exit 2', async () => {
    expect((await doctable('events', '--json', '--csv')).code).toBe(2);
    expect((await doctable('events', '--version', '2.7')).code).toBe(2);
    expect((await doctable('events', '--bogus')).code).toBe(2);
    const stray = await doctable('events', '3.12');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('unexpected argument "3.12" (versions go after --version or --since)');
    expect((await doctable('--help')).stdout).toMatch(/events \[--version V\][\s\S]*diff A B \[--json\]/);
  });
});
