/**
 * The page text as a reader sees it on docs.python.org, from the markup each format keeps in it. The parsed model
 * stays faithful to the file (a catalog's msgid is the key translators search for); only the compare view's display
 * and its CSV use this: `"sys.audit()"` (Sphinx text builder) → sys.audit(), `**PEP 578**` → PEP 578,
 * `:func:\`sys.audit\`` (reST, catalogs) → sys.audit(), `[\`sys.audit()\`](sys.md#sys.audit "sys.audit")` → sys.audit().
 */
import type { DocFormat } from '../../electron/shared/model';
import { markdownCellText } from '../../electron/shared/markdown-inline';

/** Bold and emphasis around non-blank text, bounded so no match runs far: **x**, *x*. */
const STRONG = /\*\*(?=\S)([^*]{1,200}?)(?<=\S)\*\*/g;
const EMPHASIS = /(^|[\s(“"'])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?=$|[\s.,;:!?)”"'])/g;
/** The Sphinx text builder quotes inline literals and cross-references: "sys.audit()", "PySys_Audit()". */
const QUOTED_CODE = /"([A-Za-z_][\w.]{0,200}(?:\(\))?)"/g;
/** reST interpreted text with a role: :func:`sys.audit`, :c:func:`PySys_Audit`, :pep:`578`, :ref:`title <label>`. */
const ROLE = /:((?:[A-Za-z][\w-]*:)?[A-Za-z][\w-]*):`([^`]{1,300})`/g;
/** ``literal`` */
const LITERAL = /``([^`]{1,300})``/g;
/** Roles Sphinx renders with call parentheses (add_function_parentheses). */
const CALLABLE_ROLES = new Set(['func', 'meth', 'c:func', 'c:macro', 'py:func', 'py:meth']);

function roleText(role: string, content: string): string {
  // An explicit title ("title <target>") is shown as written; otherwise the target, "~" keeping its last part.
  const titled = /^(.+?)\s*<[^<>]+>$/.exec(content);
  if (titled) return titled[1]!.replace(/\\(.)/g, '$1');
  const target = content.replace(/^!/, '');
  const text = target.startsWith('~') ? target.slice(target.lastIndexOf('.') + 1) : target;
  if (role === 'pep') return `PEP ${text}`;
  if (role === 'rfc') return `RFC ${text}`;
  return CALLABLE_ROLES.has(role) && !text.endsWith(')') ? `${text}()` : text;
}

function withoutEmphasis(text: string): string {
  return text.replace(STRONG, '$1').replace(EMPHASIS, '$1$2');
}

function restText(text: string): string {
  return withoutEmphasis(text.replace(ROLE, (_match, role: string, content: string) => roleText(role, content)).replace(LITERAL, '$1'));
}

/** The text of a prose block without the inline markup of its format. Formats without markup come back as they are. */
export function plainProseText(text: string, format: DocFormat): string {
  switch (format) {
    case 'sphinx-text':
    case 'sphinx-text-collapsed':
      return withoutEmphasis(text.replace(QUOTED_CODE, '$1'));
    case 'markdown':
      return withoutEmphasis(markdownCellText(text));
    case 'rst':
    case 'po':
      return restText(text);
    case 'html':
    case 'browser-text':
      return text;
  }
}
