/**
 * One loose file read and examined in one go, where the work runs (a parser worker thread, or the calling thread):
 * the thread running the library then neither reads the bytes nor copies them to a worker; it gets back what the
 * read found (without the bytes) and the verdict.
 */
import { examineBytes, type ParseFunction, type Verdict } from './examine.js';
import { readSource, summaryOf, type ReadSummary } from './read-source.js';

export interface FileExamination {
  outcome: ReadSummary;
  /** The verdict on the bytes; null when there were none (gone, too large, unreadable...). */
  verdict: Verdict | null;
}

export async function examineFile(filePath: string, maxBytes: number, parse: ParseFunction): Promise<FileExamination> {
  const outcome = await readSource(filePath, maxBytes);
  const verdict = outcome.kind === 'bytes' ? examineBytes(outcome.bytes, filePath, parse) : null;
  return { outcome: summaryOf(outcome), verdict };
}
