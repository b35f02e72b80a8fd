/**
 * What one archive holds for the library: each candidate member examined like a loose file (decoded and parsed
 * by the same examiner, judged by the same rules), and what the archive itself shows (nothing when it read
 * fine, its problem when not). Changes no state: library.ts records the result.
 */
import { createHash } from 'node:crypto';
import type { DocTableModel } from '../../core/model.js';
import { judge, type Evaluation } from '../evaluate.js';
import { parserWasCalled, type Verdict } from '../examine.js';
import type { ArchiveLimits } from './archive-budget.js';
import { memberKey } from './archive-paths.js';
import type { ArchiveMember } from './members.js';
import type { MemberSlots } from './member-slots.js';
import { readArchive, type ArchiveReadResult } from './read-archive.js';

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
}

export interface KnownMember {
  digest: string | null;
  evaluation: Seen;
  lastGoodModel: DocTableModel | null;
}

export interface ArchiveInspector {
  limits: ArchiveLimits;
  /**
   * Members examined at once, shared by the archives read together (the examiner's width): the parser workers
   * stay busy, and memory stays bounded. A reader waits for a slot before reading on.
   */
  slots: MemberSlots;
  examine(bytes: Buffer, filePath: string): Promise<Verdict>;
  /** What was recorded for a member key before (this session), if anything. */
  known(key: string): KnownMember | undefined;
  /** The user opened the archive itself: say why it shows nothing rather than hide it. */
  explicit: boolean;
  /** Called for every member the parser was called on (LibraryStats.parses). */
  onParsed(): void;
}

export async function inspectArchive(archivePath: string, inspector: ArchiveInspector): Promise<ArchiveInspection> {
  const findings = new Map<string, Promise<MemberFinding>>();
  const read = await readArchive(archivePath, inspector.limits, async (member) => {
    await inspector.slots.acquire();
    const key = memberKey(archivePath, member.path);
    const finding = examineMember(key, member, inspector);
    const release = () => inspector.slots.release();
    finding.then(release, release);
    findings.delete(key);
    findings.set(key, finding);
  });
  const members = await Promise.all(findings.values());
  const complete = read.kind === 'read' && read.complete;
  return { evaluation: archiveEvaluation(read, members, inspector.explicit), complete, members };
}

async function examineMember(key: string, member: ArchiveMember, inspector: ArchiveInspector): Promise<MemberFinding> {
  const known = inspector.known(key);
  const { outcome } = member;
  if (outcome.kind !== 'bytes') {
    const evaluation = judge(outcome, null, { lastGoodModel: known?.lastGoodModel ?? null, explicit: false }) as Seen;
    return { key, digest: null, evaluation, reused: false };
  }
  const digest = createHash('sha1').update(outcome.bytes).digest('hex');
  if (known && known.digest === digest) return { key, digest, evaluation: known.evaluation, reused: true };
  const verdict = await inspector.examine(outcome.bytes, key);
  if (parserWasCalled(verdict)) inspector.onParsed();
  // Members are judged as files found in a folder: one that is not a doc table is skipped quietly.
  const evaluation = judge(outcome, verdict, { lastGoodModel: known?.lastGoodModel ?? null, explicit: false }) as Seen;
  return { key, digest, evaluation, reused: false };
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
