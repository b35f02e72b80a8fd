/** The real CLI as a child process: node bin/doctable.mjs ... */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { doctable } from './test-support/run-cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, corpusPath, hasCorpus, readCorpus } from '../core/test-support/corpus.js';
import { knownRows, sphinx18Html } from '../core/test-support/render.js';




let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doctable-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('doctable parse', () => {
  it.skipIf(!hasCorpus)('prints the model of a corpus file as JSON with the documented keys', async () => {
    const run = await doctable('parse', corpusPath(corpusFile('seeds', '000_')), '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const model = JSON.parse(run.stdout);
    expect(Object.keys(model)).toEqual(expect.arrayContaining(['format', 'locale', 'version', 'title', 'tables', 'diagnostics']));
    expect(model).toMatchObject({ format: 'browser-text', locale: 'pt-BR', title: 'Tabela de eventos de auditoria' });
    expect(model.version).toMatchObject({ value: '3.12', source: 'inferred' });
    expect(model.tables.map((table: { kind: string; rows: unknown[] }) => [table.kind, table.rows.length])).toEqual([
      ['public', 181],
      ['internal', 8],
    ]);
    expect(model.tables[0].rows.find((row: { event: string }) => row.event === 'code.__new__').args).toHaveLength(9);
  });

  it.skipIf(!hasCorpus)('reports the cut-off seed with its warning, in JSON and in the summary', async () => {
    const file = corpusPath(corpusFile('seeds', '004_'));
    const json = JSON.parse((await doctable('parse', file, '--json')).stdout);
    expect(json.tables[0].rows).toHaveLength(71);
    expect(json.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 163 })]);
    const summary = await doctable('parse', file);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('public   71 rows');
    expect(summary.stdout).toMatch(/warning \(line 163\): .*webbrowser\.open/);
  });

  it.skipIf(!hasCorpus)('decodes UTF-16 with a BOM and CRLF endings to the same model as the UTF-8 file', async () => {
    const text = readCorpus(corpusFile('real', 'zh-cn_3.10.12_sphinx-text_'));
    const utf16 = path.join(dir, 'audit-utf16.txt');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]));
    const utf8 = path.join(dir, 'audit-utf8.txt');
    await writeFile(utf8, text);
    const [a, b] = await Promise.all([doctable('parse', utf16, '--json'), doctable('parse', utf8, '--json')]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).tables).toEqual(JSON.parse(b.stdout).tables);
    expect((await doctable('parse', utf16)).stdout).toContain('sphinx-text (utf-16le)');
  });

  it('parses a file written anywhere, with a summary of format, version and tables', async () => {
    const file = path.join(dir, 'audit_events.html');
    await writeFile(file, sphinx18Html(knownRows('3.8.0')));
    const run = await doctable('parse', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('format   html (utf-8)');
    expect(run.stdout).toContain('version  3.8.0 (metadata, confidence 0.98)');
    expect(run.stdout).toContain('public   69 rows — Audit event | Arguments | References');
  });

  it('fails with one line on stderr for another page, the page without table rows, a binary file, a missing file', async () => {
    const notes = path.join(dir, 'notes.md');
    await writeFile(notes, '# Notes\n\nNothing here.\n');
    const directiveOnly = path.join(dir, 'audit_events.rst');
    await writeFile(directiveOnly, '.. _audit-events:\n\nAudit events table\n==================\n\n.. audit-event-table::\n');
    const binary = path.join(dir, 'image.png');
    await writeFile(binary, Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 4 === 0 ? 0 : i % 251))));
    for (const [file, message] of [
      [notes, /^doctable: .*notes\.md: not the audit events page \(title: Notes\)$/],
      [directiveOnly, /^doctable: .*audit_events\.rst: the audit events page, but no table rows in it \(reST source/],
      [binary, /^doctable: .*image\.png: not a text file \(binary content/],
      [path.join(dir, 'missing.txt'), /^doctable: cannot read .*missing\.txt: no such file$/],
      [dir, /^doctable: cannot read .*: it is a directory$/],
    ] as const) {
      const run = await doctable('parse', file, '--json');
      expect(run.code, file).toBe(1);
      expect(run.stdout, file).toBe('');
      expect(run.stderr.trimEnd().split('\n'), file).toHaveLength(1);
      expect(run.stderr.trimEnd(), file).toMatch(message);
    }
  });

  it('rejects usage errors with status 2', async () => {
    const none = await doctable('parse');
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('doctable parse: which file?\nusage: doctable parse FILE [--json]\n');
    const two = await doctable('parse', 'a', 'b');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('one file at a time');
    const bogus = await doctable('parse', 'a', '--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/^doctable parse: Unknown option '--bogus'[\s\S]*usage: doctable parse FILE/);
    const help = await doctable('parse', '-h');
    expect([help.code, help.stdout]).toEqual([0, 'usage: doctable parse FILE [--json]\n']);
    const unknown = await doctable('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('doctable', () => {
  it('prints help and dispatches serve to the serve host', async () => {
    const help = await doctable('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: doctable <command>/);
    expect(help.stdout).toContain('parse FILE [--json]');
    const serveHelp = await doctable('serve', '--help');
    expect(serveHelp.code).toBe(0);
    expect(serveHelp.stdout).toContain('usage: doctable serve');
  });
});
