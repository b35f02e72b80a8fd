/**
 * The messages between the parser pool (parse-pool.ts, main thread) and its workers (parse-worker.ts). A
 * verdict's model travels as JSON text: the model is plain JSON data by design, and JSON.parse on the main
 * thread costs about a third of deserializing the same model's structured clone (12 vs 40 ms for a 10,000-row
 * HTML page; docs/performance.md), which is the part of a parse the main thread still pays for.
 */
import type { DocTableModel } from '../core/model.js';
import type { Verdict } from './examine.js';

/** Main thread → worker. */
export interface ParseJobMessage {
  id: number;
  path: string;
  bytes: Uint8Array;
  /** Post a `started` message before parsing (a hook for tests that stop a worker mid-parse). */
  announce: boolean;
}

/** A verdict as it crosses threads. */
export type WireVerdict =
  | Exclude<Verdict, { kind: 'parsed' }>
  | { kind: 'parsed'; modelJson: string; encoding: string; decodeProblems: string[] };

/** Worker → main thread. */
export type ParseWorkerMessage = { type: 'started'; id: number } | { type: 'done'; id: number; verdict: WireVerdict };

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
