/**
 * One loose file read and examined in one go, where the work runs (a parser worker thread, or the calling thread):
 * the thread running the library then neither reads the bytes nor copies them to a worker; it gets back what the
 * read found (without the bytes) and the verdict.
 */
import { examineBytes, type ParseFunction, type Verdict } from './examine.js';
import { readSource, readSourceSync, summaryOf, type ReadOutcome, type ReadSummary } from './read-source.js';

export interface FileExamination {
  outcome: ReadSummary;
  /** The verdict on the bytes; null when there were none (gone, too large, unreadable...). */
  verdict: Verdict | null;
}

export async function examineFile(filePath: string, maxBytes: number, parse: ParseFunction): Promise<FileExamination> {
  return examined(await readSource(filePath, maxBytes), filePath, parse);
}

/** The same, reading with blocking calls: in a worker thread, which has nothing else to do meanwhile. */
export function examineFileSync(filePath: string, maxBytes: number, parse: ParseFunction): FileExamination {
  return examined(readSourceSync(filePath, maxBytes), filePath, parse);
}

function examined(outcome: ReadOutcome, filePath: string, parse: ParseFunction): FileExamination {
  const verdict = outcome.kind === 'bytes' ? examineBytes(outcome.bytes, filePath, parse) : null;
  return { outcome: summaryOf(outcome), verdict };
}
