/**
 * Decides what a file's bytes mean for the library: shown (with status and model), hidden (skipped: not a doc
 * table, not text, too large or unreadable, with the reason), or gone. Pure: the bytes themselves are examined by examine.ts (in a parser worker, or on the calling thread),
 * so each rule can be read in one place.
 */
import type { DocTableModel } from '../core/model.js';
import type { FileStatus, SkipReason } from '../shared/library-types.js';
import type { Verdict } from './examine.js';
import type { FileStamp, ReadSummary } from './read-source.js';

export type Evaluation =
  | { kind: 'gone' }
  /**
   * Not shown: not a doc table, not text, too large or unreadable (and never a doc table this session, nor opened
   * by itself). `skip` says why, for the snapshot's skipped summary; null for what is not a file at all.
   */
  | { kind: 'hidden'; stamp: FileStamp | null; cacheable: boolean; skip: Skip | null }
  | {
      kind: 'shown';
      stamp: FileStamp | null;
      /** Whether the same stamp is sure to give the same result (read failures are retried instead). */
      cacheable: boolean;
      status: FileStatus;
      message: string | null;
      /** What to show: the fresh model, or the last good one when the file cannot be parsed right now. */
      model: DocTableModel | null;
      /** The model parsed from these bytes, null when they did not parse. */
      parsed: DocTableModel | null;
      /** How these bytes were decoded, null when they were not parsed. */
      encoding: string | null;
    };

export interface Skip {
  reason: SkipReason;
  /** The reader's or parser's message. */
  detail: string;
}

export interface JudgeContext {
  /** The file's last successful parse this session: it was a doc table, so failing now is news, not noise. */
  lastGoodModel: DocTableModel | null;
  /** The user opened this very file: say why it shows nothing rather than hide it. */
  explicit: boolean;
}

/** What to show for a read outcome, given what its bytes were found to be (`verdict`, for `bytes` outcomes). */
export function judge(outcome: ReadSummary, verdict: Verdict | null, context: JudgeContext): Evaluation {
  switch (outcome.kind) {
    case 'gone':
      return { kind: 'gone' };
    case 'not-a-file':
      return { kind: 'hidden', stamp: null, cacheable: false, skip: null };
    case 'too-large':
      if (!mustShow(context)) return skipped(outcome.stamp, true, 'too-large', outcome.message);
      return failed(outcome.stamp, true, outcome.message, context);
    case 'failed':
      // Not cached: a read that failed is tried again (the file is polled), skipped or shown.
      if (!mustShow(context)) return skipped(outcome.stamp, false, 'unreadable', outcome.message);
      return failed(outcome.stamp, false, outcome.message, context);
    case 'bytes':
      if (!verdict) throw new Error('judge: bytes without a verdict');
      return judgeBytes(outcome.stamp, verdict, context);
  }
}

function judgeBytes(stamp: FileStamp, verdict: Verdict, context: JudgeContext): Evaluation {
  switch (verdict.kind) {
    case 'binary':
      if (!mustShow(context)) return skipped(stamp, true, 'binary', verdict.why);
      return failed(stamp, true, `Not text: ${verdict.why}`, context);
    case 'not-a-doc-table': {
      if (!mustShow(context)) return skipped(stamp, true, 'not-audit-page', verdict.message);
      const what = context.lastGoodModel
        ? 'No audit events table found any more (partly written?)'
        : 'Not an audit events table';
      return failed(stamp, true, `${what}: ${verdict.message}`, context);
    }
    case 'parser-failed':
      return failed(stamp, true, `The parser failed: ${verdict.message}`, context);
    case 'parsed': {
      const model = verdict.model;
      const messagesOf = (severity: 'error' | 'warning') =>
        model.diagnostics.filter((d) => d.severity === severity).map((d) => d.message);
      const errors = messagesOf('error');
      const warnings = [...verdict.decodeProblems, ...messagesOf('warning')];
      const status: FileStatus = errors.length > 0 ? 'error' : warnings.length > 0 ? 'warning' : 'ok';
      const message = summarise(errors.length > 0 ? errors : warnings);
      return { kind: 'shown', stamp, cacheable: true, status, message, model, parsed: model, encoding: verdict.encoding };
    }
  }
}

function failed(stamp: FileStamp | null, cacheable: boolean, message: string, context: JudgeContext): Evaluation {
  const model = context.lastGoodModel;
  return {
    kind: 'shown',
    stamp,
    cacheable,
    status: 'error',
    message: model ? `${message} (showing its last good version)` : message,
    model,
    parsed: null,
    encoding: null,
  };
}

function skipped(stamp: FileStamp | null, cacheable: boolean, reason: SkipReason, detail: string): Evaluation {
  return { kind: 'hidden', stamp, cacheable, skip: { reason, detail } };
}

function mustShow(context: JudgeContext): boolean {
  return context.lastGoodModel !== null || context.explicit;
}

function summarise(messages: string[]): string | null {
  const [first] = messages;
  if (first === undefined) return null;
  return messages.length > 1 ? `${first} (+${messages.length - 1} more)` : first;
}
