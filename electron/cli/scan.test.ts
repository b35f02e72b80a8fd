/**
 * `doctable scan`, the real CLI in a child process (node bin/doctable.mjs scan ...) on real folders: a docs build
 * (the corpus tree) with seeds, a binary file and a page that is no doc table planted in it.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { doctable } from './test-support/run-cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORPUS_TREE,
  CORPUS_TREE_CANDIDATES,
  corpusBytes,
  makeTempDir,
  parserTellsPagesApart,
  plant,
  pngBytes,
  removeTempDir,
} from '../library/test-support.js';




interface ScanJson {
  files: Array<Record<string, unknown> & { path: string; status: string; tables: { kind: string; rows: number }[] }>;
  skipped: { count: number; reasons: Record<string, number> };
}

const RECOGNITION = parserTellsPagesApart();
if (!RECOGNITION) console.warn('skipped "lists exactly the audit pages": the parser still takes other pages for audit tables');

let base: string;
let docs: string;
let notes: string;
const seeds = () => ['seeds/ja.txt', 'seeds/pt-BR.txt'].map((relPath) => path.join(docs, relPath));
const auditPage = () => path.join(docs, 'build', 'library', 'audit_events.html');

beforeAll(async () => {
  base = await makeTempDir('scan');
  docs = path.join(base, 'docs');
  await cp(CORPUS_TREE, path.join(docs, 'build'), { recursive: true });
  await plant(docs, {
    'seeds/pt-BR.txt': await corpusBytes('seeds', '000_'),
    'seeds/ja.txt': await corpusBytes('seeds', '001_'),
    'images/logo.txt': pngBytes(),
  });
  notes = path.join(base, 'notes');
  await plant(notes, { 'notes.md': '# Shopping list\n\n- eggs\n- flour\n' });
}, 30_000);
afterAll(async () => {
  if (base) await removeTempDir(base);
});

describe('doctable scan', () => {
  it('prints the files the Sources panel would show as JSON, with the documented keys, and the skipped files', async () => {
    const run = await doctable('scan', docs, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ScanJson;
    expect(Object.keys(report)).toEqual(['files', 'skipped']);
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(['path', 'status', 'format', 'encoding', 'locale', 'uiLocale', 'version', 'tables', 'message']);
    }
    const paths = report.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining([auditPage(), ...seeds()]));
    expect(report.files.find((file) => file.path === auditPage())).toEqual({
      path: auditPage(),
      status: 'ok',
      format: 'html',
      encoding: 'utf-8',
      locale: 'en',
      uiLocale: null,
      version: { value: '3.12.1', source: 'metadata', confidence: expect.any(Number) },
      tables: [
        { kind: 'public', rows: 181 },
        { kind: 'internal', rows: 8 },
      ],
      message: null,
    });
    expect(report.files.find((file) => file.path === seeds()[1])).toMatchObject({ locale: 'pt-BR', encoding: 'utf-8', status: 'ok' });
    // Every candidate is either listed or counted: the tree's, the 2 seeds, the binary.
    expect(report.files.length + report.skipped.count).toBe(CORPUS_TREE_CANDIDATES + 2 + 1);
    expect(report.skipped.reasons['binary']).toBe(1);
    expect(Object.keys(report.skipped)).toEqual(['count', 'reasons']);
  }, 60_000);

  it.runIf(RECOGNITION)('lists exactly the audit pages of a docs build [needs the recognition branch]', async () => {
    const report = JSON.parse((await doctable('scan', docs, '--json')).stdout) as ScanJson;
    expect(report.files.map((file) => file.path)).toEqual([auditPage(), ...seeds()]);
    expect(report.skipped).toEqual({ count: CORPUS_TREE_CANDIDATES, reasons: { 'not-audit-page': CORPUS_TREE_CANDIDATES - 1, binary: 1 } });
  }, 60_000);

  it('prints one line per file and the skipped files with their reasons in plain words', async () => {
    const run = await doctable('scan', path.join(docs, 'seeds'), path.join(docs, 'build', 'library', 'audit_events.html'), path.join(docs, 'images'));
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const audit = lines.find((line) => line.includes(auditPage()))!;
    expect(audit.split(/ {2,}/)).toEqual(['ok', 'en', '3.12.1 (metadata)', 'html', 'UTF-8', '181 public', '8 internal', auditPage()]);
    expect(lines.find((line) => line.includes(seeds()[0]!))).toMatch(/^ok +ja +3\.9 \(inferred \d+%\) +browser-text +UTF-8 +168 public +8 internal /);
    expect(lines.at(-1)).toBe('1 other file skipped (1 binary)');
  }, 60_000);

  it('exits 1 when no file could be shown, saying why', async () => {
    const run = await doctable('scan', notes, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ files: [], skipped: { count: 1, reasons: { 'not-audit-page': 1 } } });

    const missing = path.join(base, 'missing');
    const gone = await doctable('scan', missing);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe(`doctable scan: Not found: ${missing}\n`);
    expect(gone.stdout).toBe('No audit events table found.\n0 other files skipped\n');
  }, 60_000);

  it('exits 2 on a usage error', async () => {
    const none = await doctable('scan');
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toContain('usage: doctable scan PATH... [--json]');
    expect((await doctable('scan', docs, '--csv')).code).toBe(2);
    expect((await doctable('--help')).stdout).toContain('scan PATH... [--json]');
  });
});
