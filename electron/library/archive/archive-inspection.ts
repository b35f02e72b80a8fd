/**
 * What one archive holds for the library, from its examination (examine-archive.ts, in a worker or on this
 * thread): each candidate member judged by the same rules as a loose file found in a folder, and what the archive
 * itself shows (nothing when it read fine, its problem when not). Changes no state: library.ts records the result.
 */
import type { DocTableModel } from '../../core/model.js';
import { judge, type Evaluation } from '../evaluate.js';
import { parserWasCalled } from '../examine.js';
import { memberKey } from './archive-paths.js';
import type { ArchiveExamination } from './examine-archive.js';
import type { ArchiveReadResult } from './read-archive.js';

type Seen = Exclude<Evaluation, { kind: 'gone' }>;

export interface MemberFinding {
  /** `ARCHIVE!/path/in/archive`: the member's path, and the key it is tracked under. */
  key: string;
  /** SHA-1 of its bytes, null when they were not read: the same digest as before means the same result. */
  digest: string | null;
  evaluation: Seen;
  /** The evaluation recorded before, kept because the bytes are the same: not parsed again. */
  reused: boolean;
}

export interface ArchiveInspection {
  /** The archive as a file: hidden when it read fine, shown with its problem otherwise, gone when deleted. */
  evaluation: Evaluation;
  /** False when reading stopped early: members not reached keep what was known of them. */
  complete: boolean;
  /** In archive order; a path met twice is there once, as last met. */
  members: MemberFinding[];
  /** Members the parser was called on (LibraryStats.parses). */
  parsed: number;
}

export interface KnownMember {
  digest: string | null;
  evaluation: Seen;
  lastGoodModel: DocTableModel | null;
}

/** Digests of the members known before, by key: what an examination may skip. */
export function knownDigests(members: Iterable<[string, KnownMember]> | undefined): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [key, member] of members ?? []) if (member.digest) digests[key] = member.digest;
  return digests;
}

export function judgeArchive(
  archivePath: string,
  examination: ArchiveExamination,
  known: (key: string) => KnownMember | undefined,
  /** The user opened the archive itself: say why it shows nothing rather than hide it. */
  explicit: boolean,
): ArchiveInspection {
  let parsed = 0;
  const members = examination.members.map((member): MemberFinding => {
    const key = memberKey(archivePath, member.path);
    const before = known(key);
    if (member.reused && before) return { key, digest: member.digest, evaluation: before.evaluation, reused: true };
    if (member.outcome.kind === 'nested-archive') {
      const skip = { reason: 'nested-archive' as const, detail: member.outcome.message };
      return { key, digest: null, evaluation: { kind: 'hidden', stamp: member.outcome.stamp, cacheable: true, skip }, reused: false };
    }
    if (member.verdict && parserWasCalled(member.verdict)) parsed++;
    // Members are judged as files found in a folder: one that is not a doc table is skipped quietly.
    const context = { lastGoodModel: before?.lastGoodModel ?? null, explicit: false };
    const evaluation = judge(member.outcome, member.verdict, context) as Seen;
    return { key, digest: member.digest, evaluation, reused: false };
  });
  const { read } = examination;
  const complete = read.kind === 'read' && read.complete;
  return { evaluation: archiveEvaluation(read, members, explicit), complete, members, parsed };
}

function archiveEvaluation(read: ArchiveReadResult, members: MemberFinding[], explicit: boolean): Evaluation {
  switch (read.kind) {
    case 'gone':
      return { kind: 'gone' };
    case 'not-a-file':
      return { kind: 'hidden', stamp: null, cacheable: false, skip: null };
    case 'failed':
      // Not cacheable: a permission fixed later changes no mtime, so the archive is polled and read again.
      return problem(read.stamp, false, read.message);
    case 'read': {
      if (read.problem !== null) return problem(read.stamp, true, read.problem);
      const shown = members.some((member) => member.evaluation.kind === 'shown');
      // The archive itself is no skipped file: its members are listed (shown or skipped) one by one.
      if (shown || !explicit) return { kind: 'hidden', stamp: read.stamp, cacheable: true, skip: null };
      const examined = `${members.length} ${members.length === 1 ? 'file' : 'files'} examined`;
      return problem(read.stamp, true, `No audit events table in this archive (${examined})`);
    }
  }
}

function problem(stamp: Seen['stamp'], cacheable: boolean, message: string): Seen {
  return { kind: 'shown', stamp, cacheable, status: 'error', message, model: null, parsed: null, encoding: null };
}
