/**
 * Renders event rows the way real tools write the page, for tests that need a format variant the corpus does
 * not hold (Sphinx 1.8 HTML, GFM tables, tab-separated browser copies, CJK grid headers).
 */
import { truth } from '../truth.js';

export interface SampleRow {
  event: string;
  args: string[];
  refs: string[];
}

/** A known version's rows, with made-up reference targets ("<module>.html#<event>", one per row). */
export function knownRows(version: string, kind: 'public' | 'internal' = 'public'): SampleRow[] {
  const known = truth().versions.find((entry) => entry.version === version);
  if (!known) throw new Error(`no known version ${version}`);
  return [...known[kind]].map(([event, args]) => ({
    event,
    args: [...args],
    refs: kind === 'public' ? [`${event.split('.')[0]}.html#${event}`] : [],
  }));
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Sphinx 1.8 page: text straight in the cells, `<table border="1" class="docutils">`. */
export function sphinx18Html(rows: readonly SampleRow[], options: { title?: string; inlineVersion?: string } = {}): string {
  const body = rows
    .map(
      (row, index) =>
        `<tr class="row-${index % 2 ? 'odd' : 'even'}"><td>${escapeHtml(row.event)}</td>\n` +
        `<td>${row.args.map((arg) => `<code class="docutils literal notranslate"><span class="pre">${escapeHtml(arg)}</span></code>`).join(', ')}</td>\n` +
        `<td>${row.refs.map((href, n) => `<a class="reference internal" href="${href}">[${n + 1}]</a>`).join('')}</td>\n</tr>`,
    )
    .join('\n');
  const script = options.inlineVersion
    ? `<script type="text/javascript">\n  var DOCUMENTATION_OPTIONS = {\n    URL_ROOT: '../',\n    VERSION: '${options.inlineVersion}',\n    COLLAPSE_INDEX: false\n  };\n</script>`
    : '<script type="text/javascript" id="documentation_options" data-url_root="../" src="../_static/documentation_options.js"></script>';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>${options.title ?? 'Audit events table &#8212; Python 3.8.0 documentation'}</title>
    ${script}
  </head><body>
    <div class="related" role="navigation" aria-label="related navigation"><ul><li><a href="../index.html">3.8.0 Documentation</a> &#187;</li></ul></div>
    <div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
  <div class="section" id="audit-events-table">
<span id="audit-events"></span><span id="index-0"></span><h1>Audit events table<a class="headerlink" href="#audit-events-table" title="Permalink to this headline">¶</a></h1>
<p>This table contains all events raised by <a class="reference internal" href="sys.html#sys.audit" title="sys.audit"><code class="xref py py-func docutils literal notranslate"><span class="pre">sys.audit()</span></code></a> or
<a class="reference internal" href="../c-api/sys.html#c.PySys_Audit" title="PySys_Audit"><code class="xref c c-func docutils literal notranslate"><span class="pre">PySys_Audit()</span></code></a> calls throughout the CPython runtime and the standard library.</p>
<p>See <a class="reference internal" href="sys.html#sys.addaudithook" title="sys.addaudithook"><code class="xref py py-func docutils literal notranslate"><span class="pre">sys.addaudithook()</span></code></a> for information on handling these events.</p>
<div class="impl-detail compound">
<p><span class="versionmodified">CPython implementation detail: </span>This table is generated from the CPython documentation, and may not represent events raised by other implementations.</p>
</div>
<table border="1" class="docutils">
<colgroup>
<col width="30%" />
<col width="55%" />
<col width="15%" />
</colgroup>
<thead valign="bottom">
<tr class="row-odd"><th class="head">Audit event</th>
<th class="head">Arguments</th>
<th class="head">References</th>
</tr>
</thead>
<tbody valign="top">
${body}
</tbody>
</table>
</div>
    </div></div></div></div>
    <div class="footer">&copy; Copyright 2001-2019, Python Software Foundation.</div>
  </body>
</html>
`;
}

const escapeMarkdown = (text: string): string => text.replace(/([\\_*[\]|`])/g, '\\$1');

/** A GFM pipe table as converters write it: escaped underscores, `[[1\]](target)` references. */
export function gfmMarkdown(rows: readonly SampleRow[], options: { outerPipes: boolean; pad: boolean }): string {
  const cells = rows.map((row) => [
    escapeMarkdown(row.event),
    row.args.map((arg) => `\`${arg}\``).join(', '),
    row.refs.map((href, n) => `[[${n + 1}\\]](${href})`).join(''),
  ]);
  const header = ['Audit event', 'Arguments', 'References'];
  const widths = header.map((title, c) => Math.max(title.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: readonly string[]): string => {
    const padded = row.map((cell, c) => (options.pad ? cell.padEnd(widths[c]!) : cell));
    return options.outerPipes ? `| ${padded.join(' | ')} |` : padded.join(' | ');
  };
  const delimiter = widths.map((width) => '-'.repeat(options.pad ? width : 3));
  return [
    '# Audit events table',
    '',
    'This table contains all events raised by `sys.audit()` or `PySys_Audit()` calls.',
    '',
    '**CPython implementation detail:** This table is generated from the CPython documentation.',
    '',
    line(header),
    options.outerPipes ? `| ${delimiter.join(' | ')} |` : delimiter.join('|'),
    ...cells.map(line),
    '',
  ].join('\n');
}

/** A browser copy where each table row came out as one line of tab-separated cells. */
export function tabSeparatedCopy(publicRows: readonly SampleRow[], internalRows: readonly SampleRow[]): string {
  const refs = (row: SampleRow): string => row.refs.map((_, n) => `[${n + 1}]`).join('');
  return [
    'Audit events table',
    'This table contains all events raised by sys.audit() or PySys_Audit() calls.',
    'Audit event\tArguments\tReferences',
    ...publicRows.map((row) => `${row.event}\t${row.args.join(', ')}\t${refs(row)}`),
    'The following events are raised internally and do not correspond to any public API of CPython:',
    'Audit event\tArguments',
    ...internalRows.map((row) => `${row.event}\t${row.args.join(', ')}`),
  ].join('\n');
}

/** Display width as Sphinx's text writer counts it: East Asian wide characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

/** A Sphinx text-builder grid table (header padded by display width, cells wrapped at the column width). */
export function sphinxGrid(headers: readonly string[], rows: readonly SampleRow[], widths: readonly number[]): string {
  const border = `+${widths.map((width) => '-'.repeat(width + 2)).join('+')}+`;
  const rule = `|${widths.map((width) => '='.repeat(width + 2)).join('|')}|`;
  const wrap = (text: string, width: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (displayWidth(candidate) <= width) line = candidate;
      else {
        if (line !== '') out.push(line);
        line = word;
        while (displayWidth(line) > width) {
          out.push(line.slice(0, width));
          line = line.slice(width);
        }
      }
    }
    out.push(line);
    return out;
  };
  const rowLines = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((cell, c) => wrap(cell, widths[c]!));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, i) =>
      `|${wrapped.map((lines, c) => ` ${(lines[i] ?? '') + ' '.repeat(widths[c]! - displayWidth(lines[i] ?? ''))} `).join('|')}|`,
    );
  };
  const lines = [border, ...rowLines(headers), rule];
  for (const row of rows) {
    const cells = [row.event, row.args.map((arg) => `"${arg}"`).join(', '), row.refs.map((_, n) => `[${n + 1}]`).join('')];
    lines.push(...rowLines(cells.slice(0, widths.length)), border);
  }
  return lines.join('\n');
}
