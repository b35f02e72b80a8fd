/**
 * Keeps HTML nesting shallow enough for htmlparser2 to stay linear.
 *
 * htmlparser2 keeps its open elements in an array it unshifts and searches per tag, so a document nesting
 * elements thousands deep (a fuzzed or hostile file; a docs page nests a few dozen) costs time proportional to
 * tags × depth. This pass follows the same open/close rules (void elements, tags that close the open one, end
 * tags closing up to their element) in one scan and blanks out, with spaces, every start tag that would open
 * deeper than the limit. Blanking keeps every offset, so line numbers stay those of the file.
 */
import { Parser, type Options } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** Start tags that implicitly close the open element when it is one of these (htmlparser2's table). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM] as const),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((tag) => [tag, P] as const),
]);

export const MAX_HTML_DEPTH = 256;

function isNameChar(code: number): boolean {
  const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return letter || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a;
}

/** Index just past the ">" closing a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(source: string, from: number): number {
  // Char codes, not one-character strings: this scan covers every attribute of every tag of a page.
  let quote = 0;
  for (let i = from; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e) return i + 1;
  }
  return source.length;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

export function limitNesting(source: string, maxDepth = MAX_HTML_DEPTH): { source: string; dropped: number } {
  const stack: string[] = [];
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let dropped = 0;
  let lower: string | null = null;
  let i = source.indexOf('<');
  while (i !== -1 && i < source.length) {
    const next = source.charCodeAt(i + 1);
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      i = close === -1 ? -1 : source.indexOf('<', close + 3);
      continue;
    }
    if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE ...>, <?xml ...?>
      i = source.indexOf('<', tagEnd(source, i + 2));
      continue;
    }
    const closing = next === 0x2f;
    let nameEnd = i + (closing ? 2 : 1);
    while (nameEnd < source.length && isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
    const name = source.slice(i + (closing ? 2 : 1), nameEnd).toLowerCase();
    if (name === '') {
      i = source.indexOf('<', i + 1);
      continue;
    }
    const end = tagEnd(source, nameEnd);
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
    } else if (!VOID.has(name)) {
      const closes = IMPLIES_CLOSE.get(name);
      while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!)) stack.pop();
      if (stack.length >= maxDepth) {
        pieces.push(source.slice(copiedUpTo, i), blank(source.slice(i, end)));
        copiedUpTo = end;
        dropped++;
      } else {
        stack.push(name);
      }
      if (RAW_TEXT.has(name)) {
        // Text up to the matching end tag is not markup.
        lower ??= source.toLowerCase();
        const close = lower.indexOf(`</${name}`, end);
        i = close === -1 ? -1 : close;
        continue;
      }
    }
    i = source.indexOf('<', end);
  }
  if (dropped === 0) return { source, dropped };
  pieces.push(source.slice(copiedUpTo));
  return { source: pieces.join(''), dropped };
}

/** Thrown by DepthGuard the moment an element would open deeper than allowed. */
class TooDeep extends Error {}

/** The DOM builder htmlparser2 feeds, stopping the parse as soon as nesting goes past `maxDepth`. */
class DepthGuard extends DomHandler {
  constructor(
    options: Options,
    private readonly maxDepth: number,
  ) {
    super(undefined, options);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    // tagStack holds the document itself below the open elements.
    if (this.tagStack.length - 1 > this.maxDepth) throw new TooDeep();
  }
}

/**
 * parseDocument, with nesting limited as limitNesting does. Real pages nest a few dozen elements deep, so the
 * source is first parsed as it is, with a guard that gives up at the first element past the limit (the parse
 * costs at most tags × maxDepth up to there); only then is the source pruned by limitNesting and parsed again.
 * Pruning every page up front cost 13-18% of the HTML parse time.
 */
export function parseLimitedDocument(
  text: string,
  options: Options,
  maxDepth = MAX_HTML_DEPTH,
): { document: Document; source: string; dropped: number } {
  const guard = new DepthGuard(options, maxDepth);
  try {
    new Parser(guard, options).end(text);
    return { document: guard.root, source: text, dropped: 0 };
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
  }
  const { source, dropped } = limitNesting(text, maxDepth);
  const handler = new DomHandler(undefined, options);
  new Parser(handler, options).end(source);
  return { document: handler.root, source, dropped };
}
