/**
 * The messages between the parser pool (parse-pool.ts, main thread) and its workers (parse-worker.ts). A
 * verdict's model travels as JSON text: the model is plain JSON data by design, and JSON.parse on the main
 * thread costs about a third of deserializing the same model's structured clone (12 vs 40 ms for a 10,000-row
 * HTML page; docs/performance.md), which is the part of a parse the main thread still pays for.
 */
import type { DocTableModel } from '../core/model.js';
import type { ArchiveExamination, ArchiveExaminationRequest, MemberExamination } from './archive/examine-archive.js';
import type { FileExamination } from './examine-file.js';
import type { Verdict } from './examine.js';

/** What a worker is asked to do: examine bytes it is given, read a file and examine it, or read an archive's members. */
export type JobRequest =
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'file'; maxBytes: number }
  | { type: 'archive'; archive: ArchiveExaminationRequest };

/** Main thread → worker. */
export interface ParseJobMessage {
  id: number;
  path: string;
  request: JobRequest;
  /** Post a `started` message before parsing (a hook for tests that stop a worker mid-parse). */
  announce: boolean;
}

/** A verdict as it crosses threads. */
export type WireVerdict =
  | Exclude<Verdict, { kind: 'parsed' }>
  | { kind: 'parsed'; modelJson: string; encoding: string; decodeProblems: string[] };

type WireMember = Omit<MemberExamination, 'verdict'> & { verdict: WireVerdict | null };

/** A job's result as it crosses threads. */
export type WireResult =
  | { type: 'bytes'; verdict: WireVerdict }
  | { type: 'file'; outcome: FileExamination['outcome']; verdict: WireVerdict | null }
  | { type: 'archive'; read: ArchiveExamination['read']; members: WireMember[] };

/** A job no worker could finish (its workers kept dying, none could start, or the job itself threw): why. */
export interface JobFailure {
  type: 'failed';
  message: string;
}

/** Worker → main thread. `progress`: archive members read so far by the job (load progress counts them). */
export type ParseWorkerMessage =
  | { type: 'started'; id: number }
  | { type: 'progress'; id: number; members: number }
  | { type: 'done'; id: number; result: WireResult | JobFailure };

export function toWire(verdict: Verdict): WireVerdict {
  if (verdict.kind !== 'parsed') return verdict;
  return {
    kind: 'parsed',
    modelJson: JSON.stringify(verdict.model),
    encoding: verdict.encoding,
    decodeProblems: verdict.decodeProblems,
  };
}

export function fromWire(wire: WireVerdict): Verdict {
  if (wire.kind !== 'parsed') return wire;
  return {
    kind: 'parsed',
    model: JSON.parse(wire.modelJson) as DocTableModel,
    encoding: wire.encoding,
    decodeProblems: wire.decodeProblems,
  };
}

const maybe = <A, B>(value: A | null, convert: (value: A) => B): B | null => (value === null ? null : convert(value));

export function fileToWire(examination: FileExamination): WireResult {
  return { type: 'file', outcome: examination.outcome, verdict: maybe(examination.verdict, toWire) };
}

export function archiveToWire(examination: ArchiveExamination): WireResult {
  return {
    type: 'archive',
    read: examination.read,
    members: examination.members.map((member) => ({ ...member, verdict: maybe(member.verdict, toWire) })),
  };
}

export function fileFromWire(result: Extract<WireResult, { type: 'file' }>): FileExamination {
  return { outcome: result.outcome, verdict: maybe(result.verdict, fromWire) };
}

export function archiveFromWire(result: Extract<WireResult, { type: 'archive' }>): ArchiveExamination {
  return { read: result.read, members: result.members.map((member) => ({ ...member, verdict: maybe(member.verdict, fromWire) })) };
}
