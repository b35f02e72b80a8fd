/**
 * Progress of a load ("Reading 120 of 610…"), published as changes: at the start, after every STEPS-th part of
 * the work, and at the end. By count, not by time, so the same folder of loose files always gives the same
 * changes; about a hundred at most however large the folder, so a load of 10,000 files does not flood IPC.
 *
 * An archive is one unit of the total when the load starts (its members are not known before it is read); each
 * member read adds one to the total and one done, and the archive's own unit is done when it is recorded. So a
 * folder holding one archive of 500 pages reads "5 of 6", "250 of 251", "501 of 501", not "0 of 1" for the whole
 * time. Members arrive while loose files are recorded: with archives the changes can differ from run to run.
 */
import type { LoadProgress } from '../shared/library-types.js';

const STEPS = 100;

export interface ArchiveProgress {
  /** The archive's reader has read this many members so far (a count that restarts if the read is retried). */
  membersRead(count: number): void;
}

export class LoadProgressReporter {
  private done = 0;
  private total: number;
  private lastPublished = 0;

  constructor(
    total: number,
    private readonly publish: (progress: LoadProgress) => void,
  ) {
    this.total = total;
    if (total > 0) publish({ done: 0, total });
  }

  /** One more file (or archive) looked at and recorded. */
  step(): void {
    this.done = Math.min(this.total, this.done + 1);
    this.maybePublish();
  }

  /** Counts the members of one archive being read. */
  archive(): ArchiveProgress {
    let counted = 0;
    return {
      membersRead: (count: number) => {
        if (count <= counted) return;
        this.total += count - counted;
        this.done += count - counted;
        counted = count;
        this.maybePublish();
      },
    };
  }

  private maybePublish(): void {
    const stride = Math.max(1, Math.ceil(this.total / STEPS));
    if (this.done === this.total || this.done - this.lastPublished >= stride) {
      this.lastPublished = this.done;
      this.publish({ done: this.done, total: this.total });
    }
  }
}
