/**
 * Where a reference ("[1]") of a row points: the local HTML page when the opened folder holds it, otherwise the
 * same page on docs.python.org for the file's language and version. DOM-free (plain string/URL work).
 */
import type { DocRef, VersionInfo } from '../../electron/core/model.js';
import type { SourceFile } from '../../electron/shared/library-types.js';

const DOCS_ORIGIN = 'https://docs.python.org';

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

function folderOf(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  return slash < 0 ? '' : normalized.slice(0, slash + 1);
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

/** The normalized paths of every file in the snapshot, for "does the opened folder have this page?". */
export function localPathSet(files: readonly Pick<SourceFile, 'path'>[]): Set<string> {
  return new Set(files.map((file) => normalizePath(file.path)));
}

function splitTarget(target: string): { path: string; fragment: string } {
  const hash = target.indexOf('#');
  const beforeHash = hash < 0 ? target : target.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return {
    path: query < 0 ? beforeHash : beforeHash.slice(0, query),
    fragment: hash < 0 ? '' : target.slice(hash + 1),
  };
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The URL to open for a reference, or null when it has no target (text formats) or points somewhere that is
 * neither docs.python.org nor a page of the opened folder (never hand an arbitrary scheme to the host).
 */
export function resolveReference(
  ref: DocRef,
  file: Pick<SourceFile, 'path' | 'locale' | 'version'>,
  localPaths: ReadonlySet<string>,
): string | null {
  const target = ref.target?.trim();
  if (!target) return null;
  if (SCHEME.test(target)) {
    try {
      const url = new URL(target);
      return url.protocol === 'https:' && url.hostname === 'docs.python.org' ? url.href : null;
    } catch {
      return null;
    }
  }
  const { path, fragment } = splitTarget(target);
  const decodedFragment = decodeSafely(fragment);
  const localPath = normalizePath(folderOf(file.path) + (path ? decodeSafely(path) : basename(file.path)));
  if (localPaths.has(localPath)) return fileUrl(localPath, decodedFragment);
  // Markdown conversions link to `page.md`; the published page is `page.html`.
  const page = path ? path.replace(/\.md$/i, '.html') : 'audit_events.html';
  const url = new URL(page, docsLibraryBase(file));
  url.hash = fragment;
  return url.origin === DOCS_ORIGIN ? url.href : null;
}

function basename(path: string): string {
  const normalized = normalizePath(path);
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}
