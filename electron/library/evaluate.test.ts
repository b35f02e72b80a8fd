import { describe, expect, it } from 'vitest';
import { parseDocTable } from '../core/parse.js';
import { judge, type Evaluation, type JudgeContext } from './evaluate.js';
import { examineBytes } from './examine.js';
import type { ReadOutcome } from './read-source.js';
import { corpusBytes, pngBytes } from './test-support.js';

const stamp = { size: 1, mtimeMs: 2 };
const context = (over: Partial<JudgeContext> = {}): JudgeContext => ({ lastGoodModel: null, explicit: false, ...over });

/** What the library does with one read outcome: its bytes examined (here on this thread), then judged. */
function evaluate(outcome: ReadOutcome, judgeContext: JudgeContext): Evaluation {
  const verdict = outcome.kind === 'bytes' ? examineBytes(outcome.bytes, '/docs/page.txt', parseDocTable) : null;
  return judge(outcome, verdict, judgeContext);
}
const bytes = (content: Buffer | string): ReadOutcome => ({ kind: 'bytes', stamp, bytes: Buffer.from(content) });

describe('evaluate', () => {
  it('shows a clean doc table as ok with its fresh model', async () => {
    const result = evaluate(bytes(await corpusBytes('seeds', '000_')), context());
    expect(result).toMatchObject({ kind: 'shown', status: 'ok', message: null, cacheable: true, stamp });
    if (result.kind !== 'shown') return;
    expect(result.parsed).toBe(result.model);
    expect(result.model?.format).toBe('browser-text');
  });

  it("turns the parser's warnings into a warning status with the first message", async () => {
    const result = evaluate(bytes(await corpusBytes('seeds', '004_')), context());
    expect(result).toMatchObject({ kind: 'shown', status: 'warning' });
    if (result.kind !== 'shown') return;
    expect(result.message).toBe(result.model!.diagnostics.find((d) => d.severity === 'warning')!.message);
  });

  it('puts decoding problems among the warnings', async () => {
    const seed = await corpusBytes('seeds', '001_');
    const result = evaluate(bytes(Buffer.concat([seed, Buffer.from([0xc3, 0x28])])), context());
    expect(result).toMatchObject({ kind: 'shown', status: 'warning' });
    if (result.kind === 'shown') expect(result.message).toMatch(/^invalid UTF-8/i);
  });

  it('hides text that is not a doc table, with the reason, unless it was one before or was opened by itself', async () => {
    const notes = bytes('Shopping list: eggs, flour.\n');
    const hidden = evaluate(notes, context());
    expect(hidden).toMatchObject({ kind: 'hidden', stamp, cacheable: true, skip: { reason: 'not-audit-page' } });
    const notesVerdict = examineBytes(Buffer.from('Shopping list: eggs, flour.\n'), '/docs/page.txt', parseDocTable);
    if (hidden.kind === 'hidden' && notesVerdict.kind === 'not-a-doc-table') expect(hidden.skip?.detail).toBe(notesVerdict.message);
    else expect.unreachable(`${hidden.kind} / ${notesVerdict.kind}`);
    expect(evaluate(bytes(pngBytes()), context())).toMatchObject({ kind: 'hidden', cacheable: true, skip: { reason: 'binary' } });

    const explicit = evaluate(notes, context({ explicit: true }));
    expect(explicit).toMatchObject({ kind: 'shown', status: 'error', model: null, parsed: null });
    if (explicit.kind === 'shown') expect(explicit.message).toMatch(/^Not an audit events table: /);

    const lastGoodModel = parseDocTable((await corpusBytes('seeds', '000_')).toString('utf8'));
    const overwritten = evaluate(notes, context({ lastGoodModel }));
    expect(overwritten).toMatchObject({ kind: 'shown', status: 'error', model: lastGoodModel, parsed: null });
    if (overwritten.kind === 'shown') {
      expect(overwritten.message).toMatch(/^No audit events table found any more \(partly written\?\): /);
      expect(overwritten.message).toMatch(/\(showing its last good version\)$/);
    }
  });

  it('does not cache read failures, but does cache what the size alone decides', () => {
    const unreadable = { kind: 'failed', stamp, message: 'Cannot read the file: permission denied' } as const;
    expect(evaluate(unreadable, context())).toEqual({
      kind: 'hidden',
      stamp,
      cacheable: false,
      skip: { reason: 'unreadable', detail: 'Cannot read the file: permission denied' },
    });
    expect(evaluate(unreadable, context({ explicit: true }))).toMatchObject({
      kind: 'shown',
      status: 'error',
      cacheable: false,
      message: 'Cannot read the file: permission denied',
    });
    const tooLarge = { kind: 'too-large', stamp, message: 'File too large to read' } as const;
    expect(evaluate(tooLarge, context())).toEqual({
      kind: 'hidden',
      stamp,
      cacheable: true,
      skip: { reason: 'too-large', detail: 'File too large to read' },
    });
    expect(evaluate(tooLarge, context({ explicit: true }))).toMatchObject({ kind: 'shown', status: 'error', cacheable: true, model: null });
    expect(evaluate({ kind: 'gone' }, context())).toEqual({ kind: 'gone' });
    expect(evaluate({ kind: 'not-a-file' }, context())).toEqual({ kind: 'hidden', stamp: null, cacheable: false, skip: null });
  });

  it('says how the bytes of a shown file were decoded', async () => {
    const text = (await corpusBytes('seeds', '000_')).toString('utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(evaluate(bytes(text), context())).toMatchObject({ kind: 'shown', encoding: 'utf-8' });
    expect(evaluate(bytes(utf16), context())).toMatchObject({ kind: 'shown', encoding: 'utf-16le' });
  });
});
