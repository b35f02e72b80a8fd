/**
 * One archive read and its candidate members examined, where the work runs: in a parser worker thread (the default:
 * decompressing bzip2 in JavaScript, xz in WebAssembly and inflating zip members then never hold up the library's
 * thread), or on the calling thread. What comes back is plain data: per member its digest, what its read found
 * (without the bytes) and the verdict; archive-inspection.ts turns that into what the library shows.
 */
import { createHash } from 'node:crypto';
import type { Verdict } from '../examine.js';
import { summaryOf, type ReadSummary } from '../read-source.js';
import type { ArchiveLimits } from './archive-budget.js';
import { memberKey } from './archive-paths.js';
import type { MemberOutcome } from './members.js';
import { readArchive, type ArchiveReadResult } from './read-archive.js';

export interface MemberExamination {
  /** Normalised path inside the archive. */
  path: string;
  /** SHA-1 of its bytes, null when they were not read. */
  digest: string | null;
  outcome: Extract<ReadSummary, { kind: 'bytes' | 'too-large' | 'failed' }> | Extract<MemberOutcome, { kind: 'nested-archive' }>;
  /** The verdict on its bytes; null when there were none, or when they are those of `known` (not examined again). */
  verdict: Verdict | null;
  /** Its bytes are the ones known before (same digest): the verdict recorded then still holds. */
  reused: boolean;
}

export interface ArchiveExamination {
  read: ArchiveReadResult;
  /** In archive order; a path met twice is there once, as last met. */
  members: MemberExamination[];
}

export interface ArchiveExaminationRequest {
  limits: ArchiveLimits;
  /** Digests of members examined before, by member key (`ARCHIVE!/path`): unchanged bytes are not examined again. */
  knownDigests: Readonly<Record<string, string>>;
}

export async function examineArchive(
  archivePath: string,
  request: ArchiveExaminationRequest,
  examine: (bytes: Uint8Array, key: string) => Verdict,
  /** Called after each candidate member is read, with how many have been: the load's progress counts members. */
  onMember: (membersRead: number) => void = () => undefined,
): Promise<ArchiveExamination> {
  const members = new Map<string, MemberExamination>();
  let membersRead = 0;
  const read = await readArchive(archivePath, request.limits, async (member) => {
    const key = memberKey(archivePath, member.path);
    const { outcome } = member;
    let examination: MemberExamination;
    if (outcome.kind !== 'bytes') {
      examination = { path: member.path, digest: null, outcome, verdict: null, reused: false };
    } else {
      const digest = createHash('sha1').update(outcome.bytes).digest('hex');
      const reused = request.knownDigests[key] === digest;
      const verdict = reused ? null : examine(outcome.bytes, key);
      examination = { path: member.path, digest, outcome: summaryOf(outcome) as MemberExamination['outcome'], verdict, reused };
    }
    members.delete(member.path);
    members.set(member.path, examination);
    onMember(++membersRead);
  });
  return { read, members: [...members.values()] };
}
