/** Appends in a loop: `target.push(...items)` passes every item as an argument and overflows the stack on big inputs. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
