/**
 * What a file's bytes are: not text, not a doc table, a parser failure, or a parsed model. The CPU-heavy part of
 * looking at a file (decoding and parsing), kept free of library state so that it runs the same in a parser
 * worker thread (parse-worker.ts) and on the calling thread; evaluate.ts turns the verdict into what is shown.
 * A verdict is plain data: it crosses from a worker by structured clone.
 */
import { decodeText, parseOptionsFor } from '../core/decode.js';
import { NotADocTableError, type DocTableModel, type ParseOptions } from '../core/model.js';
import { parseDocTable } from '../core/parse.js';
import { looksLikeBinaryText } from './supported.js';
import { prejudge } from './prejudge.js';
import { errorMessage } from '../shared/error-message.js';

export type ParseFunction = (text: string, options: ParseOptions) => DocTableModel;

export type Verdict =
  /** Not text (binary bytes, or text that is mostly undecodable): the parser was not called. */
  | { kind: 'binary'; why: string }
  /** The parser found no audit events table in the text. */
  | { kind: 'not-a-doc-table'; message: string }
  /** The parser threw something else, or its worker thread died while parsing. */
  | { kind: 'parser-failed'; message: string }
  /** The model, with how the bytes were decoded and the problems met doing it (warnings). */
  | { kind: 'parsed'; model: DocTableModel; encoding: string; decodeProblems: string[] };

/** Whether the parser was called to reach this verdict (what LibraryStats.parses counts). */
export function parserWasCalled(verdict: Verdict): boolean {
  return verdict.kind !== 'binary';
}

export function examineBytes(bytes: Uint8Array, filePath: string, parse: ParseFunction): Verdict {
  // Most pages of a docs build are turned away from their bytes (prejudge.ts): the real parser's own verdict, given
  // without decoding them whole. Only the real parser's: a parser passed in (tests counting calls) sees every file.
  if (parse === parseDocTable) {
    const early = prejudge(bytes, filePath);
    if (early) return early;
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') return { kind: 'binary', why: decoded.problems.join('; ') };
  if (looksLikeBinaryText(decoded.text)) return { kind: 'binary', why: 'mostly undecodable bytes' };
  let model: DocTableModel;
  try {
    // Text decoded by a statistical guess or with replacement characters must not decide the locale from its prose.
    model = parse(decoded.text, parseOptionsFor(decoded, filePath));
  } catch (error) {
    return isNotADocTable(error)
      ? { kind: 'not-a-doc-table', message: errorMessage(error) }
      : { kind: 'parser-failed', message: errorMessage(error) };
  }
  return { kind: 'parsed', model, encoding: decoded.encoding, decodeProblems: decoded.problems };
}

function isNotADocTable(error: unknown): boolean {
  return error instanceof NotADocTableError || (error instanceof Error && error.name === 'NotADocTableError');
}

