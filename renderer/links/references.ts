/**
 * Where a reference ("[1]") of a row points on docs.python.org: the same page for the file's language and version.
 * Whether the opened folder has the page itself is the host's to say (DocTableApi.resolveLocalRef): the library
 * lists only doc-table files, not their sibling pages. DOM-free (plain string/URL work).
 */
import type { DocRef, VersionInfo } from '../../electron/shared/model.js';
import type { SourceFile } from '../../electron/shared/library-types.js';
import { isRelativeTarget, splitTarget } from '../../electron/shared/ref-target.js';
import { DOCS_ORIGIN, classifyLink } from '../../electron/shared/web-policy.js';

/** Translations docs.python.org serves (its language switcher); anything else falls back to English. */
const DOCS_LANGUAGES = new Set(['bn-in', 'el', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pl', 'pt-br', 'ro', 'ru', 'tr', 'uk', 'zh-cn', 'zh-tw']);

/** Languages whose bare code or script subtag means one of the regional translations above. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  pt: 'pt-br',
  zh: 'zh-cn',
  'zh-hans': 'zh-cn',
  'zh-sg': 'zh-cn',
  'zh-hant': 'zh-tw',
  'zh-hk': 'zh-tw',
  'zh-mo': 'zh-tw',
  bn: 'bn-in',
};

/** docs.python.org's path prefix for a BCP 47 locale: null for English (no prefix) and for untranslated languages. */
export function docsLanguage(locale: string | null): string | null {
  if (!locale) return null;
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  const [language = '', second = ''] = tag.split('-');
  if (language === 'en' || language === '') return null;
  const candidates = [tag, `${language}-${second}`, language];
  for (const candidate of candidates) {
    const code = LANGUAGE_ALIASES[candidate] ?? candidate;
    if (DOCS_LANGUAGES.has(code)) return code;
  }
  return null;
}

/** docs.python.org's version segment: "3.12" for 3.12.4 or 3.12.0a1; "3" (the current release) when unknown. */
export function docsVersion(version: VersionInfo | null): string {
  const match = /^(\d+)\.(\d+)/.exec(version?.value ?? '');
  return match ? `${match[1]}.${match[2]}` : '3';
}

/** The folder of the audit events page on docs.python.org for this file's language and version. */
export function docsLibraryBase(file: Pick<SourceFile, 'locale' | 'version'>): string {
  const language = docsLanguage(file.locale);
  return `${DOCS_ORIGIN}/${language ? `${language}/` : ''}${docsVersion(file.version)}/library/`;
}

export function docsSearchUrl(event: string, file: Pick<SourceFile, 'locale' | 'version'>): string {
  const url = new URL('../search.html', docsLibraryBase(file));
  url.searchParams.set('q', event);
  return url.href;
}

/** Forward slashes, `.` and `..` resolved; keeps a leading `/`, `//` (UNC) or drive letter. */
export function normalizePath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const root = /^(\/\/|\/|[A-Za-z]:\/?)/.exec(slashed)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of slashed.slice(root.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (!root) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  return root + parts.join('/');
}

/** A file:// URL for an absolute path (POSIX, Windows drive or UNC), each segment percent-encoded. */
export function fileUrl(path: string, fragment = ''): string {
  const normalized = normalizePath(path);
  const unc = normalized.startsWith('//');
  const segments = normalized.replace(/^\/+/, '').split('/');
  const encoded = segments
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  const hash = fragment ? `#${encodeURIComponent(fragment).replace(/%2F/g, '/')}` : '';
  return (unc ? 'file://' : 'file:///') + encoded + hash;
}

/**
 * The docs.python.org URL of a reference: its page for the file's language and version. Null when it has no target
 * (text formats) or points anywhere but docs.python.org (never hand an arbitrary scheme to the host).
 */
export function resolveReference(ref: DocRef, file: Pick<SourceFile, 'locale' | 'version'>): string | null {
  const target = ref.target?.trim();
  if (!target) return null;
  if (!isRelativeTarget(target)) {
    const link = classifyLink(target);
    return link?.kind === 'web' ? link.url : null;
  }
  const { page, fragment } = splitTarget(target);
  // Markdown conversions link to `page.md`; the published page is `page.html`.
  const url = new URL(page ? page.replace(/\.md$/i, '.html') : 'audit_events.html', docsLibraryBase(file));
  url.hash = fragment;
  return url.origin === DOCS_ORIGIN ? url.href : null;
}
