/**
 * How many archive members are being examined at once, across all the archives a library reads together (a load
 * reads several at a time): each holds up to maxFileBytes, so their number, not the archives', bounds memory.
 */
export class MemberSlots {
  private used = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {}

  /** Resolves when a slot is free, and takes it; give it back with release(). */
  async acquire(): Promise<void> {
    if (this.used < this.size) {
      this.used++;
      return;
    }
    // The slot passes straight from release() to the next waiter: `used` does not change.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.used--;
  }
}
