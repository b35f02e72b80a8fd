/**
 * Members of a zip (or EPUB) archive, through yauzl: the central directory is read entry by entry (lazyEntries),
 * and only candidate members are inflated; their sizes and ratio are checked before a byte is inflated.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { FileStamp } from '../read-source.js';
import { ArchiveStop, type ArchiveBudget } from './archive-budget.js';
import { isCandidateMember, isNestedArchiveMember, normaliseMemberPath } from './archive-paths.js';
import { memberFailed, memberTooLarge, nestedArchive, readMemberStream, type MemberOutcome, type MemberSink } from './members.js';

export async function readZipMembers(
  archivePath: string,
  stamp: FileStamp,
  budget: ArchiveBudget,
  onMember: MemberSink,
): Promise<void> {
  const zip = await yauzl.openPromise(archivePath, {
    lazyEntries: true,
    autoClose: false,
    // yauzl checks that a member inflates to exactly the size the directory declares: the checks below hold.
    validateEntrySizes: true,
    strictFileNames: false,
    decodeStrings: true,
  });
  // Compressed bytes of the members inflated so far: what the budget's ratio guard compares the output with.
  const inflated = { compressed: 0 };
  try {
    for await (const entry of zip.eachEntry()) {
      const memberPath = normaliseMemberPath(entry.fileName);
      if (memberPath !== null && isNestedArchiveMember(memberPath)) {
        // Never inflated: listed as not read.
        await onMember({ path: memberPath, outcome: nestedArchive({ size: entry.uncompressedSize, mtimeMs: stamp.mtimeMs }) });
        continue;
      }
      if (memberPath === null || !isCandidateMember(memberPath)) continue;
      await onMember({ path: memberPath, outcome: await readEntry(zip, entry, memberPath, stamp, budget, inflated) });
    }
  } finally {
    zip.close();
  }
}

async function readEntry(
  zip: ZipFile,
  entry: Entry,
  memberPath: string,
  archiveStamp: FileStamp,
  budget: ArchiveBudget,
  inflated: { compressed: number },
): Promise<MemberOutcome> {
  const stamp: FileStamp = { size: entry.uncompressedSize, mtimeMs: archiveStamp.mtimeMs };
  if (entry.isEncrypted()) return memberFailed(stamp, 'it is encrypted');
  if (!entry.canDecodeFileData()) return memberFailed(stamp, `compression method ${entry.compressionMethod} is not supported`);
  budget.checkRatio(entry.uncompressedSize, entry.compressedSize, memberPath);
  const maxBytes = budget.limits.maxMemberBytes;
  if (entry.uncompressedSize > maxBytes) return memberTooLarge(stamp, maxBytes, true);
  budget.reserve(entry.uncompressedSize);
  inflated.compressed += entry.compressedSize;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const outcome = await readMemberStream(stream, stamp, maxBytes, budget, () => inflated.compressed, memberPath);
    return outcome ?? memberTooLarge(stamp, maxBytes, true);
  } catch (error) {
    // Bad data in one member (a wrong checksum, a broken deflate stream) leaves the others readable.
    if (error instanceof ArchiveStop) throw error;
    return memberFailed(stamp, error);
  }
}
