/**
 * Which files are archives the library reads, which of their members it examines, and how a member is named:
 * `ARCHIVE!/path/in/archive` (the convention of jar: URLs), for its path, relPath and id alike.
 */
import path from 'node:path';
import { SUPPORTED_EXTENSIONS, isSkippedEntryName } from '../supported.js';

/** How the archive's bytes are laid out. */
export type ArchiveKind =
  | { container: 'zip' }
  | { container: 'tar'; compression: 'none' | 'gzip' | 'bzip2' | 'xz' }
  /** One gzip-compressed file (`x.html.gz`): its one member is named after the file, without `.gz`. */
  | { container: 'gzip-file'; memberName: string };

/** Longest suffix first: `.tar.gz` is a tar, `.html.gz` a single file. */
const SUFFIXES: ReadonlyArray<readonly [string, ArchiveKind]> = [
  ['.tar.gz', { container: 'tar', compression: 'gzip' }],
  ['.tgz', { container: 'tar', compression: 'gzip' }],
  ['.tar.bz2', { container: 'tar', compression: 'bzip2' }],
  ['.tbz2', { container: 'tar', compression: 'bzip2' }],
  ['.tbz', { container: 'tar', compression: 'bzip2' }],
  ['.tar.xz', { container: 'tar', compression: 'xz' }],
  ['.txz', { container: 'tar', compression: 'xz' }],
  ['.tar', { container: 'tar', compression: 'none' }],
  ['.zip', { container: 'zip' }],
  // An EPUB is a zip whose pages are XHTML members.
  ['.epub', { container: 'zip' }],
];

/**
 * Member names examined inside archives: what the library reads loose, plus `.xhtml` (EPUB pages). Loose
 * `.xhtml` files are not added here: which loose files are candidates is supported.ts's decision.
 */
const MEMBER_EXTENSIONS: readonly string[] = [...SUPPORTED_EXTENSIONS, '.xhtml'];

/** Separates the archive's own path from the member's path inside it. */
export const MEMBER_SEPARATOR = '!/';

export function archiveKindOf(filePath: string): ArchiveKind | null {
  const name = path.basename(filePath).toLowerCase();
  for (const [suffix, kind] of SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) return kind;
  }
  if (name.endsWith('.gz')) {
    const memberName = path.basename(filePath).slice(0, -'.gz'.length);
    if (isCandidateMember(memberName)) return { container: 'gzip-file', memberName };
  }
  return null;
}

export function isArchivePath(filePath: string): boolean {
  return archiveKindOf(filePath) !== null;
}

/** Whether a member is examined: a doc-table extension, and no hidden or dependency folder on its way. */
export function isCandidateMember(memberPath: string): boolean {
  const segments = memberPath.split('/');
  if (segments.some((segment) => isSkippedEntryName(segment))) return false;
  return MEMBER_EXTENSIONS.includes(path.posix.extname(memberPath).toLowerCase());
}

/** Whether a member is itself an archive the library reads (not opened inside another: see members.ts). */
export function isNestedArchiveMember(memberPath: string): boolean {
  if (memberPath.split('/').some((segment) => isSkippedEntryName(segment))) return false;
  return archiveKindOf(memberPath) !== null;
}

/**
 * The member's path as shown: forward slashes, without a leading `./` or `/`, with `..` resolved (nothing is
 * written to disk, so this is for display and identity only). Null for folders and empty names.
 */
export function normaliseMemberPath(raw: string): string | null {
  if (raw.endsWith('/') || raw.endsWith('\\')) return null;
  const normal = path.posix.normalize(raw.replaceAll('\\', '/')).replace(/^(\.\.?\/)+/, '').replace(/^\/+/, '');
  return normal === '' || normal === '.' ? null : normal;
}

export function memberKey(archivePath: string, memberPath: string): string {
  return `${archivePath}${MEMBER_SEPARATOR}${memberPath}`;
}

/** `/d/a.zip!/library/x.html` → the archive and the member; null for a path that names no archive member. */
export function splitMemberKey(filePath: string): { archivePath: string; memberPath: string } | null {
  let at = filePath.indexOf(MEMBER_SEPARATOR);
  while (at !== -1) {
    const archivePath = filePath.slice(0, at);
    if (isArchivePath(archivePath)) return { archivePath, memberPath: filePath.slice(at + MEMBER_SEPARATOR.length) };
    at = filePath.indexOf(MEMBER_SEPARATOR, at + 1);
  }
  return null;
}

export function isArchiveMemberPath(filePath: string): boolean {
  return splitMemberKey(filePath) !== null;
}
