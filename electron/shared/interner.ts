/**
 * A string → small integer table: the first value gets 0, the next new one 1, and so on.
 * Lets large tables count and store repeated strings (modules, argument lists) as numbers in typed arrays.
 */
export class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}
