import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextColumnBuilder, countMatches } from './textColumn';

function hitsFor(texts: string[], needle: string): number[] {
  const builder = new TextColumnBuilder();
  texts.forEach((text) => builder.add(text));
  const hits = new Uint8Array(texts.length);
  countMatches(builder.build(), needle, hits);
  return [...hits];
}

describe('countMatches', () => {
  it('marks each row containing the needle once, case-insensitively', () => {
    expect(hitsFor(['os.open', 'OS.OPEN os.open', 'socket', ''], 'open')).toEqual([1, 1, 0, 0]);
    expect(hitsFor(['ab', 'ab'], 'b')).toEqual([1, 1]);
  });

  it('never matches across two rows', () => {
    expect(hitsFor(['xa', 'by'], 'ab')).toEqual([0, 0]);
  });

  it('agrees with a per-row includes() for any texts and needle', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '.', ' ', 'İ', '打') , maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), text.filter((needle) => needle.trim() !== ''), (texts, raw) => {
        const needle = raw.toLowerCase();
        const expected = texts.map((t) => (t.toLowerCase().includes(needle) ? 1 : 0));
        expect(hitsFor(texts, needle)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
