/**
 * A word diff of two texts (what the English changed behind a fuzzy entry): longest common subsequence of words,
 * bounded so a long paragraph stays cheap (beyond the bound, the changed middle is shown as one replacement).
 */

export type DiffPart = { op: 'same' | 'removed' | 'added'; text: string };

const MAX_CELLS = 250_000;

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  // Common head and tail first: most edits touch a few words.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  for (const word of a.slice(0, head)) push('same', word);
  if (midA.length * midB.length > MAX_CELLS) {
    for (const word of midA) push('removed', word);
    for (const word of midB) push('added', word);
  } else {
    // lengths[i][j]: LCS length of midA[i..] and midB[j..].
    const lengths = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lengths[i]![j] = midA[i] === midB[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push('same', midA[i]!);
        i++;
        j++;
      } else if (i < midA.length && (j === midB.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
        push('removed', midA[i++]!);
      } else {
        push('added', midB[j++]!);
      }
    }
  }
  for (const word of a.slice(a.length - tail)) push('same', word);
  return parts;
}

/** git's --word-diff=plain notation: [-removed-]{+added+}. */
export function wordDiffText(parts: readonly DiffPart[]): string {
  return parts.map((part) => (part.op === 'same' ? part.text : part.op === 'removed' ? `[-${part.text}-]` : `{+${part.text}+}`)).join(' ');
}
