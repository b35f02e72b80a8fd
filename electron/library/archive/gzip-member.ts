/** The one member of a gzip-compressed file (`x.html.gz`): decompressed under the member and archive limits. */
import type { FileHandle } from 'node:fs/promises';
import type { FileStamp } from '../read-source.js';
import type { ArchiveBudget } from './archive-budget.js';
import { decompressed } from './decompress.js';
import { memberTooLarge, readMemberStream, type MemberSink } from './members.js';

export async function readGzipMember(
  handle: FileHandle,
  memberName: string,
  stamp: FileStamp,
  budget: ArchiveBudget,
  onMember: MemberSink,
): Promise<void> {
  const file = handle.createReadStream({ autoClose: false });
  const source = decompressed(file, 'gzip');
  const maxBytes = budget.limits.maxMemberBytes;
  const memberStamp: FileStamp = { size: 0, mtimeMs: stamp.mtimeMs };
  // A broken gzip stream is thrown: the file's problem, there is nothing else in it.
  const outcome = await readMemberStream(source, memberStamp, maxBytes, budget, () => file.bytesRead, memberName);
  await onMember({ path: memberName, outcome: outcome ?? memberTooLarge(memberStamp, maxBytes, false) });
}
