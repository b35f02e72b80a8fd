/**
 * Members of a tar archive (plain, gzip, bzip2 or xz), through tar-stream: one pass through the stream, in
 * archive order. Non-candidate members are drained, never held; every decompressed byte counts against the
 * budget, checked as it comes out of the decompressor.
 */
import type { FileHandle } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { FileStamp } from '../read-source.js';
import type { ArchiveBudget } from './archive-budget.js';
import { isCandidateMember, isNestedArchiveMember, normaliseMemberPath } from './archive-paths.js';
import { decompressed, type Compression } from './decompress.js';
import { memberTooLarge, nestedArchive, readMemberStream, type MemberSink, type MemberStream } from './members.js';

export async function readTarMembers(
  handle: FileHandle,
  compression: Compression,
  stamp: FileStamp,
  budget: ArchiveBudget,
  onMember: MemberSink,
): Promise<void> {
  const file = handle.createReadStream({ autoClose: false });
  const compressedSoFar = () => file.bytesRead;
  const source = decompressed(file, compression);
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        budget.add(chunk.length, compressedSoFar(), 'the archive');
        done(null, chunk);
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const extract = tar.extract();
  const piping = pipeline(source, guard, extract);
  // Awaited below; a failure also ends the loop, and must not be reported as unhandled before that.
  piping.catch(() => undefined);
  try {
    for await (const entry of extract) {
      const { header } = entry;
      const isFile = header.type === 'file' || header.type === 'contiguous-file';
      const memberPath = isFile ? normaliseMemberPath(header.name) : null;
      if (memberPath !== null && isNestedArchiveMember(memberPath)) {
        // Drained (its bytes count against the budget as any skipped member's), listed as not read.
        entry.resume();
        await onMember({ path: memberPath, outcome: nestedArchive({ size: header.size ?? 0, mtimeMs: stamp.mtimeMs }) });
        continue;
      }
      if (memberPath === null || !isCandidateMember(memberPath)) {
        entry.resume();
        continue;
      }
      const memberStamp: FileStamp = { size: header.size ?? 0, mtimeMs: stamp.mtimeMs };
      const maxBytes = budget.limits.maxMemberBytes;
      if (memberStamp.size > maxBytes) {
        entry.resume();
        await onMember({ path: memberPath, outcome: memberTooLarge(memberStamp, maxBytes, true) });
        continue;
      }
      // A tar member's size is exact (the stream is framed by it): it cannot outgrow the check above. A read error
      // is a broken stream, the archive's problem (thrown).
      const outcome = await readMemberStream(entry as unknown as MemberStream, memberStamp, maxBytes, budget, compressedSoFar, memberPath);
      await onMember({ path: memberPath, outcome: outcome ?? memberTooLarge(memberStamp, maxBytes, true) });
    }
    await piping;
  } catch (error) {
    source.destroy();
    throw budget.stop ?? error;
  }
}
