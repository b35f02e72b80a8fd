/**
 * How one argument list differs from the reference's.
 *
 * The rule: the two lists are aligned on their longest common subsequence (the arguments that stayed in place).
 * Between two such anchors, the reference's leftover arguments and the other list's leftover arguments occupy the
 * same slot; they are paired in order as renames ("ptr, size" -> "address, size": ptr renamed to address), and what
 * is left unpaired in a slot was removed or added. An argument whose name is both dropped and added elsewhere
 * was moved, not renamed.
 */

export interface ArgRename {
  from: string;
  to: string;
}

export interface ArgDiff {
  added: string[];
  removed: string[];
  renamed: ArgRename[];
  moved: string[];
}

type Step = { op: 'keep'; arg: string } | { op: 'remove'; arg: string } | { op: 'add'; arg: string };

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((arg, index) => arg === b[index]);
}

/** Edit script from `reference` to `other` along a longest common subsequence. */
function lcsSteps(reference: readonly string[], other: readonly string[]): Step[] {
  const rows = reference.length;
  const cols = other.length;
  // suffix[i][j]: LCS length of reference[i..] and other[j..]
  const suffix: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = cols - 1; j >= 0; j -= 1) {
      const row = suffix[i]!;
      row[j] =
        reference[i] === other[j] ? suffix[i + 1]![j + 1]! + 1 : Math.max(suffix[i + 1]![j]!, row[j + 1]!);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && reference[i] === other[j]) {
      steps.push({ op: 'keep', arg: reference[i]! });
      i += 1;
      j += 1;
    } else if (j >= cols || (i < rows && suffix[i + 1]![j]! >= suffix[i]![j + 1]!)) {
      steps.push({ op: 'remove', arg: reference[i]! });
      i += 1;
    } else {
      steps.push({ op: 'add', arg: other[j]! });
      j += 1;
    }
  }
  return steps;
}

/** Null when the lists are equal. */
export function diffArgs(reference: readonly string[], other: readonly string[]): ArgDiff | null {
  if (sameList(reference, other)) return null;
  const steps = lcsSteps(reference, other);
  const removedNames = new Set(steps.filter((step) => step.op === 'remove').map((step) => step.arg));
  const moved = [...new Set(steps.filter((s) => s.op === 'add' && removedNames.has(s.arg)).map((s) => s.arg))];
  const movedSet = new Set(moved);

  const diff: ArgDiff = { added: [], removed: [], renamed: [], moved };
  let slotRemoved: string[] = [];
  let slotAdded: string[] = [];
  const closeSlot = (): void => {
    const pairs = Math.min(slotRemoved.length, slotAdded.length);
    for (let k = 0; k < pairs; k += 1) diff.renamed.push({ from: slotRemoved[k]!, to: slotAdded[k]! });
    diff.removed.push(...slotRemoved.slice(pairs));
    diff.added.push(...slotAdded.slice(pairs));
    slotRemoved = [];
    slotAdded = [];
  };
  for (const step of steps) {
    if (step.op === 'keep') closeSlot();
    else if (movedSet.has(step.arg)) continue;
    else if (step.op === 'remove') slotRemoved.push(step.arg);
    else slotAdded.push(step.arg);
  }
  closeSlot();
  return diff;
}

/** "renamed ptr → address; added flags" — the words the grid and the CSV both use. */
export function describeArgDiff(diff: ArgDiff): string {
  const parts: string[] = [];
  if (diff.renamed.length > 0) parts.push(`renamed ${diff.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}`);
  if (diff.added.length > 0) parts.push(`added ${diff.added.join(', ')}`);
  if (diff.removed.length > 0) parts.push(`removed ${diff.removed.join(', ')}`);
  if (diff.moved.length > 0) parts.push(`moved ${diff.moved.join(', ')}`);
  return parts.join('; ');
}
