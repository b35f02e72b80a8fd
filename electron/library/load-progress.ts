/**
 * Progress of a load ("Reading 120 of 610…"), published as changes: at the start, after every STEPS-th part of
 * the files, and at the end. By count, not by time, so the same folder always gives the same changes; about a
 * hundred at most however large the folder, so a load of 10,000 files does not flood IPC with its progress.
 */
import type { LoadProgress } from '../shared/library-types.js';

const STEPS = 100;

export class LoadProgressReporter {
  private done = 0;
  private lastPublished = 0;
  private readonly stride: number;

  constructor(
    private readonly total: number,
    private readonly publish: (progress: LoadProgress) => void,
  ) {
    this.stride = Math.max(1, Math.ceil(total / STEPS));
    if (total > 0) publish({ done: 0, total });
  }

  /** One more file looked at. */
  step(): void {
    this.done = Math.min(this.total, this.done + 1);
    if (this.done === this.total || this.done - this.lastPublished >= this.stride) {
      this.lastPublished = this.done;
      this.publish({ done: this.done, total: this.total });
    }
  }
}
