/**
 * Sphinx HTML builds of the page, from Sphinx 1.8 (`<table border="1" class="docutils">`, text straight in the
 * cells) to current themes (`<p>` in cells, arguments as `<code><span class="pre">`, references as adjacent
 * `<a class="reference internal">[n]</a>` links). Parsed with htmlparser2; only the section holding the
 * page's <h1> is read, so navigation, sidebars and footers never leak in.
 */
import { isTag, type AnyNode, type Document, type Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import type { Diagnostic, DocRef, DocRow } from '../model.js';
import { collapseWhitespace, looksLikeEvent, refsFromText, splitArgs } from '../shape.js';
import { LineIndex } from '../text/lines.js';
import { describeCut, tableKindAt } from './cut.js';
import { MAX_HTML_DEPTH, parseLimitedDocument } from './html-depth.js';
import { assemblePage, type CutOff, type DeclaredVersion, type DraftTable, type PageDraft, type Segment } from './page.js';

const SKIPPED = new Set(['script', 'style', 'nav', 'header', 'footer', 'form', 'noscript', 'template', 'colgroup']);
const VERSION = String.raw`(\d+\.\d+(?:\.\d+)?(?:(?:a|b|rc)\d+)?\+?)`;

function hasClass(element: Element, name: string): boolean {
  return (getAttributeValue(element, 'class') ?? '').split(/\s+/).includes(name);
}

function children(node: AnyNode): Element[] {
  return 'children' in node ? node.children.filter(isTag) : [];
}

function textOf(node: AnyNode): string {
  return collapseWhitespace(textContent(node));
}

/** Whether the element's own closing tag is in the source (htmlparser2 closes what a cut file leaves open). */
function isClosed(element: Element, source: string): boolean {
  if (element.endIndex === null) return true;
  const tag = `</${element.name}>`;
  return source.slice(element.endIndex - tag.length + 1, element.endIndex + 1).toLowerCase() === tag;
}

export function readHtml(text: string): PageDraft {
  const diagnostics: Diagnostic[] = [];
  const { document, source, dropped } = parseLimitedDocument(text, {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: true,
  });
  if (dropped > 0) {
    diagnostics.push({
      severity: 'warning',
      message: `HTML nested deeper than ${MAX_HTML_DEPTH} elements: ${dropped} start tag(s) ignored`,
      line: null,
    });
  }
  const lines = new LineIndex(source);
  const lineOf = (node: AnyNode): number | null => (node.startIndex === null ? null : lines.lineAt(node.startIndex));

  const html = findOne((element) => element.name === 'html', document.children);
  const declaredLocale = (html && (getAttributeValue(html, 'lang') ?? getAttributeValue(html, 'xml:lang'))) || null;

  const segments: Segment[] = [];
  let cutOff: CutOff | null = null;
  let tables = 0;
  let titleSeen = false;

  const visit = (element: Element): void => {
    const name = element.name;
    if (SKIPPED.has(name)) return;
    if (name === 'h1' && !titleSeen) {
      titleSeen = true;
      segments.push({ kind: 'title', text: headingText(element), line: lineOf(element) });
      return;
    }
    if (name === 'table') {
      const read = readAuditTable(element, source, lineOf);
      if (!read) return;
      if (read.cut && !cutOff) cutOff = describeCut(tableKindAt(tables), read.table.rows, read.cut.line, read.cut.reason);
      segments.push({ kind: 'table', table: read.table });
      tables++;
      return;
    }
    if (name === 'div' && hasClass(element, 'impl-detail')) {
      pushParagraph(element, true);
      return;
    }
    if (/^(p|h[2-6]|dl|ul|ol|blockquote|pre)$/.test(name) || (name === 'div' && hasClass(element, 'admonition'))) {
      pushParagraph(element, false);
      return;
    }
    for (const child of children(element)) visit(child);
  };
  const pushParagraph = (element: Element, implDetail: boolean): void => {
    const text = textOf(element);
    if (text !== '') segments.push({ kind: 'paragraph', text, line: lineOf(element), implDetail });
  };

  for (const child of children(contentRoot(document))) visit(child);
  if (!titleSeen) {
    const title = findOne((element) => element.name === 'title', document.children);
    if (title) segments.unshift({ kind: 'title', text: pageTitle(textOf(title)), line: lineOf(title) });
  }
  return assemblePage(segments, {
    format: 'html',
    diagnostics,
    cutOff,
    declaredLocale,
    declaredVersion: declaredVersion(document),
    endsProperly: endsProperly(document, source),
  });
}

/** The page's own end is in the file: its closing </html> or </body>, or the theme's footer. */
function endsProperly(document: Document, source: string): boolean {
  const tail = source.slice(-2048).trimEnd().toLowerCase();
  if (tail.endsWith('</html>') || tail.endsWith('</body>')) return true;
  return findOne((element) => element.name === 'footer' || (element.name === 'div' && hasClass(element, 'footer')), document.children) !== null;
}

/** The section (Sphinx: <section> or <div class="section">) that holds the page's <h1>, else the body. */
function contentRoot(document: Document): AnyNode {
  const h1 = findOne((element) => element.name === 'h1', document.children);
  for (let node = h1?.parent ?? null; node; node = node.parent) {
    if (isTag(node) && (node.name === 'section' || (node.name === 'div' && hasClass(node, 'section')))) return node;
  }
  return findOne((element) => element.name === 'body', document.children) ?? document;
}

/** Heading text without its "¶" permalink. */
function headingText(heading: Element): string {
  const parts = heading.children.filter((child) => !(isTag(child) && hasClass(child, 'headerlink')));
  return collapseWhitespace(parts.map((child) => textContent(child)).join('')).replace(/\s*\u00b6$/, '');
}

/** "Audit events table — Python 3.12.1 documentation" → "Audit events table". */
function pageTitle(title: string): string {
  const dash = title.indexOf(' \u2014 ');
  return dash === -1 ? title : title.slice(0, dash);
}

interface ReadTable {
  table: DraftTable;
  cut: { line: number | null; reason: string } | null;
}

function rowCells(row: Element): Element[] {
  return children(row).filter((cell) => cell.name === 'td' || cell.name === 'th');
}

/** An events table (its body rows start with event names), else null. */
function readAuditTable(
  table: Element,
  source: string,
  lineOf: (node: AnyNode) => number | null,
): ReadTable | null {
  // The table's own rows (directly or in thead/tbody/tfoot), not those of a table nested in a cell.
  const allRows = children(table).flatMap((child) => {
    if (child.name === 'tr') return [child];
    return /^(thead|tbody|tfoot)$/.test(child.name) ? children(child).filter((row) => row.name === 'tr') : [];
  });
  const headerRows = allRows.filter(
    (row) => row.parent !== null && isTag(row.parent) && row.parent.name === 'thead',
  );
  const inHeader = new Set(headerRows);
  let bodyRows = allRows.filter((row) => !inHeader.has(row));
  if (headerRows.length === 0 && bodyRows[0] && rowCells(bodyRows[0]).every((cell) => cell.name === 'th')) {
    headerRows.push(bodyRows[0]);
    bodyRows = bodyRows.slice(1);
  }
  const eventRows = bodyRows.filter((row) => looksLikeEvent(textOf(rowCells(row)[0] ?? row)));
  if (eventRows.length === 0 || eventRows.length * 2 < bodyRows.length) return null;

  let cut: ReadTable['cut'] = null;
  if (!isClosed(table, source)) {
    const last = bodyRows[bodyRows.length - 1];
    if (last && !isClosed(last, source)) {
      bodyRows = bodyRows.slice(0, -1);
      cut = { line: lineOf(last), reason: 'its last row is not closed' };
    } else {
      cut = { line: last ? lineOf(last) : lineOf(table), reason: 'the table is not closed' };
    }
  }
  const headerRow = headerRows[0];
  return {
    table: {
      headers: headerRow ? rowCells(headerRow).map(textOf) : [],
      headerLine: headerRow ? lineOf(headerRow) : null,
      rows: bodyRows.map((row) => toRow(row, lineOf)),
    },
    cut,
  };
}

function toRow(row: Element, lineOf: (node: AnyNode) => number | null): DocRow {
  const [event, args, refs] = rowCells(row);
  return {
    event: event ? textOf(event) : '',
    args: args ? splitArgs(textContent(args)) : [],
    refs: refs ? refsOf(refs) : [],
    line: lineOf(row),
  };
}

/** One ref per link ("[1]" → label "1", href as written); plain "[1][2]" text where a cell has no links. */
function refsOf(cell: Element): DocRef[] {
  const links = findAll((element) => element.name === 'a', cell.children);
  if (links.length === 0) return refsFromText(textOf(cell));
  return links.map((link) => ({
    label: textOf(link).replace(/^\[/, '').replace(/\]$/, ''),
    target: getAttributeValue(link, 'href') ?? null,
  }));
}

/** The version the page states: <title>, DOCUMENTATION_OPTIONS.VERSION, the version switcher or breadcrumb. */
function declaredVersion(document: Document): DeclaredVersion | null {
  const title = findOne((element) => element.name === 'title', document.children);
  const titleText = title ? textOf(title) : '';
  const fromTitle = new RegExp(`Python\\s+${VERSION}`).exec(titleText);
  if (fromTitle?.[1]) return { value: fromTitle[1], evidence: `HTML <title> "${titleText}"` };

  for (const script of findAll((element) => element.name === 'script', document.children)) {
    const match = new RegExp(`\\bVERSION\\s*:\\s*['"]${VERSION}['"]`).exec(textContent(script));
    if (match?.[1]) return { value: match[1], evidence: `DOCUMENTATION_OPTIONS.VERSION '${match[1]}'` };
  }

  const switchers = findAll(
    (element) =>
      (getAttributeValue(element, 'class') ?? '').includes('version_switcher') ||
      getAttributeValue(element, 'id') === 'cpython-language-and-version',
    document.children,
  );
  for (const switcher of switchers) {
    const text = textOf(switcher);
    const match = new RegExp(`^${VERSION}`).exec(text) ?? new RegExp(`\\b${VERSION}\\s+Documentation`).exec(text);
    if (match?.[1]) return { value: match[1], evidence: `version switcher "${text}"` };
  }
  return null;
}
