/**
 * Made-up audit events at any scale, written as real renditions of the page (a current Sphinx HTML build, or
 * Sphinx's text builder output) so that benchmarks load them through the same parser and library as real files.
 * The public table is synthetic; the internal table is a real one (3.12.4), as every real page has it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { knownRows, sphinxGrid, type SampleRow } from '../../electron/core/test-support/render.js';

export const MODULES = ['os', 'sys', 'socket', 'winreg', 'ctypes', 'urllib', 'shutil', 'subprocess', 'sqlite3', 'http',
  'ftplib', 'imaplib', 'poplib', 'smtplib', 'telnetlib', 'webbrowser', 'pickle', 'marshal', 'msvcrt', 'mmap', 'fcntl',
  'glob', 'pdb', 'resource', 'syslog', 'tempfile', 'time', 'array', 'builtins', 'code', 'cpython', 'ensurepip'];
export const VERBS = ['open', 'connect', 'bind', 'listen', 'chdir', 'chmod', 'chown', 'remove', 'rename', 'walk',
  'scandir', 'getaddrinfo', 'gethostbyname', 'sendmsg', 'spawn', 'exec', 'fork', 'kill', 'load', 'dump', 'create',
  'delete', 'query'];
export const ARGS = ['path', 'mode', 'flags', 'dir_fd', 'fd', 'src', 'dst', 'self', 'address', 'host', 'port', 'key',
  'sub_key', 'access', 'name', 'value', 'url', 'data', 'headers', 'method', 'argv', 'env', 'pid', 'sig', 'obj', 'size',
  'offset'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same rows. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` public events, unique within one file ("socket.connect_42"), 0-4 arguments, 1-3 references, sorted by
 * name as Sphinx sorts the table.
 */
export function syntheticEvents(count: number, seed: number): SampleRow[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const rows: SampleRow[] = [];
  for (let i = 0; i < count; i++) {
    const module = pick(MODULES);
    const event = `${module}.${pick(VERBS)}_${i}`;
    rows.push({
      event,
      args: Array.from({ length: Math.floor(next() * 5) }, () => pick(ARGS)),
      refs: Array.from({ length: 1 + Math.floor(next() * 3) }, (_, k) => `${module}.html#${event}${k ? `-${k}` : ''}`),
    });
  }
  return rows.sort((a, b) => (a.event < b.event ? -1 : a.event > b.event ? 1 : 0));
}

export type SyntheticFormat = 'html' | 'sphinx-text';

const INTERNAL = (): SampleRow[] => knownRows('3.12.4', 'internal');

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const code = (text: string): string =>
  `<code class="docutils literal notranslate"><span class="pre">${escapeHtml(text)}</span></code>`;

function htmlTable(rows: readonly SampleRow[], withRefs: boolean): string {
  const head = ['Audit event', 'Arguments', ...(withRefs ? ['References'] : [])]
    .map((label) => `<th class="head"><p>${label}</p></th>`)
    .join('\n');
  const body = rows
    .map((row, index) => {
      const refs = row.refs.map((href, n) => `<a class="reference internal" href="${escapeHtml(href)}">[${n + 1}]</a>`).join('');
      const cells = [
        `<td><p>${escapeHtml(row.event)}</p></td>`,
        row.args.length ? `<td><p>${row.args.map(code).join(', ')}</p></td>` : '<td></td>',
        ...(withRefs ? [`<td><p>${refs}</p></td>`] : []),
      ];
      return `<tr class="row-${index % 2 ? 'odd' : 'even'}">${cells.join('\n')}\n</tr>`;
    })
    .join('\n');
  return `<table class="docutils align-default">\n<thead>\n<tr class="row-odd">${head}\n</tr>\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A page as a current Sphinx HTML build writes it (section with the h1, <p> in cells, <code><span class="pre">). */
export function syntheticHtmlPage(rows: readonly SampleRow[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8" /><title>Audit events table &#8212; Python 3.12.4 documentation</title></head>
<body>
<div class="related" role="navigation" aria-label="related navigation"><ul><li><a href="../index.html">3.12.4 Documentation</a></li></ul></div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<span class="target" id="audit-events"></span><section id="audit-events-table">
<span id="index-0"></span><h1>Audit events table<a class="headerlink" href="#audit-events-table" title="Permalink to this headline">¶</a></h1>
<p>This table contains all events raised by ${code('sys.audit()')} or ${code('PySys_Audit()')} calls throughout the
CPython runtime and the standard library.</p>
<div class="impl-detail compound">
<p><strong>CPython implementation detail:</strong> This table is generated from the CPython documentation.</p>
</div>
${htmlTable(rows, true)}
<p>The following events are raised internally and do not correspond to any public API of CPython:</p>
${htmlTable(INTERNAL(), false)}
</section>
</div></div></div></div>
</body>
</html>
`;
}

/** A page as Sphinx's text builder writes it: underlined title, wrapped prose, grid tables. */
export function syntheticSphinxTextPage(rows: readonly SampleRow[]): string {
  return [
    'Audit events table',
    '******************',
    '',
    'This table contains all events raised by "sys.audit()" or',
    '"PySys_Audit()" calls throughout the CPython runtime and the standard',
    'library.',
    '',
    '**CPython implementation detail:** This table is generated from the',
    'CPython documentation.',
    '',
    sphinxGrid(['Audit event', 'Arguments', 'References'], rows, [32, 55, 15]),
    '',
    'The following events are raised internally and do not correspond to',
    'any public API of CPython:',
    '',
    sphinxGrid(['Audit event', 'Arguments'], INTERNAL(), [26, 43]),
    '',
  ].join('\n');
}

export function syntheticPage(format: SyntheticFormat, rows: readonly SampleRow[]): string {
  return format === 'html' ? syntheticHtmlPage(rows) : syntheticSphinxTextPage(rows);
}

export interface SyntheticFolder {
  files: string[];
  publicRows: number;
  internalRows: number;
  bytes: number;
}

/** `files` pages of `rowsPerFile` public events each, 10 per subfolder (as a docs tree of several builds would be). */
export async function writeSyntheticFolder(
  root: string,
  { files, rowsPerFile, format }: { files: number; rowsPerFile: number; format: SyntheticFormat },
): Promise<SyntheticFolder> {
  const written: string[] = [];
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const folder = path.join(root, `build-${String(Math.floor(i / 10)).padStart(2, '0')}`);
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, `audit_events_${String(i).padStart(3, '0')}.${format === 'html' ? 'html' : 'txt'}`);
    const text = syntheticPage(format, syntheticEvents(rowsPerFile, 1000 + i));
    await writeFile(file, text);
    bytes += Buffer.byteLength(text);
    written.push(file);
  }
  return { files: written, publicRows: files * rowsPerFile, internalRows: files * INTERNAL().length, bytes };
}
