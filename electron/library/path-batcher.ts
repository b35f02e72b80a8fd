/**
 * Collects the paths file events name and hands them over in one batch once events stop for debounceMs.
 * A burst of writes to one file (or a build rewriting a hundred) becomes one re-read per file and one change.
 * maxWaitMs bounds the wait while events never stop, so a file written continuously is still picked up.
 */
export class PathBatcher<T> {
  private pending = new Map<string, T>();
  private timer: NodeJS.Timeout | null = null;
  private firstAt = 0;

  constructor(
    private readonly debounceMs: number,
    private readonly maxWaitMs: number,
    private readonly flush: (batch: Map<string, T>) => void,
  ) {}

  /** Adds a path; the value (which root saw it) is kept from the latest event. */
  add(path: string, value: T): void {
    if (this.pending.size === 0) this.firstAt = Date.now();
    this.pending.set(path, value);
    if (this.timer) clearTimeout(this.timer);
    const waited = Date.now() - this.firstAt;
    const delay = Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - waited));
    this.timer = setTimeout(() => this.fire(), delay);
  }

  /** Drops everything pending (the roots it came from are being replaced). */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = new Map();
  }

  private fire(): void {
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    if (batch.size > 0) this.flush(batch);
  }
}
