/**
 * Decides what a file's bytes mean for the library: shown (with status and model), hidden (not a doc table),
 * or gone. Pure apart from the parse call, so each rule can be read in one place.
 */
import { NotADocTableError, type DocTableModel, type ParseOptions } from '../core/model.js';
import type { FileStatus } from '../shared/library-types.js';
import { decodeText } from '../core/decode.js';
import type { FileStamp, ReadOutcome } from './read-source.js';
import { looksLikeBinaryText } from './supported.js';

export type ParseFunction = (text: string, options: ParseOptions) => DocTableModel;

export type Evaluation =
  | { kind: 'gone' }
  /** Not a doc table (and never was one this session): skipped quietly. */
  | { kind: 'hidden'; stamp: FileStamp | null; cacheable: boolean }
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
    };

export interface EvaluationContext {
  path: string;
  parse: ParseFunction;
  /** The file's last successful parse this session: it was a doc table, so failing now is news, not noise. */
  lastGoodModel: DocTableModel | null;
  /** The user opened this very file: say why it shows nothing rather than hide it. */
  explicit: boolean;
}

export function evaluate(outcome: ReadOutcome, context: EvaluationContext): Evaluation {
  switch (outcome.kind) {
    case 'gone':
      return { kind: 'gone' };
    case 'not-a-file':
      return { kind: 'hidden', stamp: null, cacheable: false };
    case 'too-large':
      return failed(outcome.stamp, true, outcome.message, context);
    case 'failed':
      return failed(outcome.stamp, false, outcome.message, context);
    case 'bytes':
      return evaluateBytes(outcome.stamp, outcome.bytes, context);
  }
}

function evaluateBytes(stamp: FileStamp, bytes: Buffer, context: EvaluationContext): Evaluation {
  const decoded = decodeText(bytes);
  const binary = decoded.encoding === 'binary' || looksLikeBinaryText(decoded.text);
  if (binary) {
    if (!mustShow(context)) return { kind: 'hidden', stamp, cacheable: true };
    const why = decoded.encoding === 'binary' ? decoded.problems.join('; ') : 'mostly undecodable bytes';
    return failed(stamp, true, `Not text: ${why}`, context);
  }
  let model: DocTableModel;
  try {
    model = context.parse(decoded.text, { path: context.path });
  } catch (error) {
    if (isNotADocTable(error)) {
      if (!mustShow(context)) return { kind: 'hidden', stamp, cacheable: true };
      const what = context.lastGoodModel
        ? 'No audit events table found any more (partly written?)'
        : 'Not an audit events table';
      return failed(stamp, true, `${what}: ${messageOf(error)}`, context);
    }
    return failed(stamp, true, `The parser failed: ${messageOf(error)}`, context);
  }
  const messagesOf = (severity: 'error' | 'warning') =>
    model.diagnostics.filter((d) => d.severity === severity).map((d) => d.message);
  const errors = messagesOf('error');
  const warnings = [...decoded.problems, ...messagesOf('warning')];
  const status: FileStatus = errors.length > 0 ? 'error' : warnings.length > 0 ? 'warning' : 'ok';
  const message = summarise(errors.length > 0 ? errors : warnings);
  return { kind: 'shown', stamp, cacheable: true, status, message, model, parsed: model };
}

function failed(stamp: FileStamp | null, cacheable: boolean, message: string, context: EvaluationContext): Evaluation {
  const model = context.lastGoodModel;
  return {
    kind: 'shown',
    stamp,
    cacheable,
    status: 'error',
    message: model ? `${message} (showing its last good version)` : message,
    model,
    parsed: null,
  };
}

function mustShow(context: EvaluationContext): boolean {
  return context.lastGoodModel !== null || context.explicit;
}

function summarise(messages: string[]): string | null {
  const [first] = messages;
  if (first === undefined) return null;
  return messages.length > 1 ? `${first} (+${messages.length - 1} more)` : first;
}

function isNotADocTable(error: unknown): boolean {
  return error instanceof NotADocTableError || (error instanceof Error && error.name === 'NotADocTableError');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
