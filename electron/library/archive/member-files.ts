/**
 * Bookkeeping for an archive's members as published sources: their display paths, and what changed between
 * the sources an archive showed before and after a read (added / changed / removed per member).
 */
import type { SourceFile } from '../../shared/library-types.js';
import type { FileDelta } from '../snapshot-store.js';
import { MEMBER_SEPARATOR, splitMemberKey } from './archive-paths.js';

/** The relPath of a file or archive member: `ARCHIVE-RELPATH!/path/in/archive` for members. */
export function relPathWithMembers(filePath: string, relPathOf: (filePath: string) => string): string {
  const member = splitMemberKey(filePath);
  if (member === null) return relPathOf(filePath);
  return `${relPathOf(member.archivePath)}${MEMBER_SEPARATOR}${member.memberPath}`;
}

/** The steps from `before` (what was published) to `after`; an unchanged object is no step. */
export function diffSources(
  before: readonly SourceFile[],
  after: readonly SourceFile[],
  isPublished: (id: string) => boolean,
): FileDelta {
  const delta: FileDelta = { added: [], changed: [], removed: [] };
  const previous = new Map(before.map((file) => [file.id, file]));
  const kept = new Set<string>();
  for (const file of after) {
    kept.add(file.id);
    if (previous.get(file.id) === file && isPublished(file.id)) continue;
    if (isPublished(file.id)) delta.changed.push(file);
    else delta.added.push(file);
  }
  for (const file of before) if (!kept.has(file.id) && isPublished(file.id)) delta.removed.push(file.id);
  return delta;
}
