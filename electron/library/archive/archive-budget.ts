/**
 * How much of an archive is read at most. Everything decompressed is counted (members streamed past included),
 * so a zip bomb or a 5 GB archive stops with a message on the archive, never with the process out of memory.
 */
import { formatBytes } from '../read-source.js';

export interface ArchiveLimits {
  /** A member larger than this is listed as too large, never held in memory (the library's maxFileBytes). */
  maxMemberBytes: number;
  /** Uncompressed bytes decompressed at most per archive. */
  maxTotalBytes: number;
  /** Data expanding more than this many times its compressed size is a bomb... */
  maxRatio: number;
  /** ...once this much of it has come out: small members may compress by any ratio. */
  ratioFloorBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: Omit<ArchiveLimits, 'maxMemberBytes'> = {
  maxTotalBytes: 512 * 1024 * 1024,
  // Documentation compresses 4–15 times; deflate of zeros reaches 1,000, bzip2 and xz far more.
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** Thrown (and kept) when a limit stops the reading of an archive. */
export class ArchiveStop extends Error {
  override readonly name = 'ArchiveStop';
}

/** Counts the uncompressed bytes of one archive against its limits. */
export class ArchiveBudget {
  private uncompressed = 0;
  /** The first limit hit: what the archive says even when the stop surfaces as another stream error. */
  stop: ArchiveStop | null = null;

  constructor(
    readonly limits: ArchiveLimits,
    private readonly archiveName: string,
  ) {}

  get used(): number {
    return this.uncompressed;
  }

  /** Before decompressing data of a known size (a zip member): would it go over the total? */
  reserve(bytes: number): void {
    if (this.uncompressed + bytes > this.limits.maxTotalBytes) this.fail(this.totalMessage());
  }

  /** Counts decompressed bytes; `compressedSoFar` is what they came from, for the ratio guard. */
  add(bytes: number, compressedSoFar: number, what: string): void {
    this.uncompressed += bytes;
    if (this.uncompressed > this.limits.maxTotalBytes) this.fail(this.totalMessage());
    this.checkRatio(this.uncompressed, compressedSoFar, what);
  }

  /** A ratio known before decompressing (a zip member's sizes in the central directory). */
  checkRatio(uncompressed: number, compressed: number, what: string): void {
    if (uncompressed < this.limits.ratioFloorBytes) return;
    const ratio = uncompressed / Math.max(1, compressed);
    if (ratio <= this.limits.maxRatio) return;
    this.fail(
      `${what} expands ${Math.floor(ratio)} times its compressed size, over the limit of ${this.limits.maxRatio} (a zip bomb?)`,
    );
  }

  private totalMessage(): string {
    return `more than the ${formatBytes(this.limits.maxTotalBytes)} read at most from one archive`;
  }

  private fail(why: string): never {
    this.stop ??= new ArchiveStop(
      `${this.archiveName}: stopped after ${formatBytes(this.uncompressed)} of uncompressed data: ${why}`,
    );
    throw this.stop;
  }
}
