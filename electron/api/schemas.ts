/**
 * Validation of everything the renderer sends: IPC arguments (Electron) and request bodies (browser host).
 * A plain module (zod only, no Electron) so unit tests exercise it directly. The renderer is treated as
 * untrusted input: a compromised page must not get more than a typed, bounded call.
 */
import { z } from 'zod';
import type { RequestChannel, RequestChannels } from '../shared/ipc-channels.js';
import { MAX_LINK_LENGTH } from '../shared/web-policy.js';
import { EXPORT_FILE_KINDS, type ExportFileKind } from '../shared/export-files.js';

/** At most this many paths per open (a drop of a few hundred files is plenty). */
export const MAX_PATHS = 256;
/** Longer than any real path (PATH_MAX is 4096 on Linux). */
export const MAX_PATH_LENGTH = 4096;
/** A file name, not a path. */
export const MAX_FILE_NAME_LENGTH = 255;
/** CSV text handed to the save dialog: the whole table in every locale is a few hundred KiB. */
export const MAX_CSV_LENGTH = 64 * 1024 * 1024;

// C0 controls and DEL: no real path or file name holds them, and NUL truncates paths in native code.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
// A lone surrogate is no character at all: it cannot be encoded to the file system's UTF-8, so Node would
// silently turn it into U+FFFD and name a different file than the one asked for.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const pathSchema = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .refine((value) => !CONTROL_CHARS.test(value), 'path holds a control character')
  .refine((value) => !LONE_SURROGATE.test(value), 'path holds a lone surrogate');

export const pathListSchema = z.array(pathSchema).max(MAX_PATHS);

export const fileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((value) => !CONTROL_CHARS.test(value), 'file name holds a control character')
  .refine((value) => !LONE_SURROGATE.test(value), 'file name holds a lone surrogate')
  .refine((value) => !/[\\/]/.test(value), 'file name holds a path separator')
  .refine((value) => value !== '.' && value !== '..', 'not a file name');

export const csvTextSchema = z.string().max(MAX_CSV_LENGTH);

export const linkSchema = z.string().min(1).max(MAX_LINK_LENGTH);

/** A SourceFile id: "<root index>:<path relative to the root>". */
export const fileIdSchema = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .refine((value) => !CONTROL_CHARS.test(value), 'file id holds a control character');

/** A reference target as written in a file ("os.html#os.system"). */
export const refTargetSchema = z
  .string()
  .min(1)
  .max(MAX_LINK_LENGTH)
  .refine((value) => !CONTROL_CHARS.test(value), 'target holds a control character');

export const dialogKindSchema = z.enum(['folder', 'file']);

export const exportKindSchema = z.enum(EXPORT_FILE_KINDS as [ExportFileKind, ...ExportFileKind[]]);

/** Argument tuples per request channel; a tuple rejects missing and extra arguments alike. */
export const requestArgSchemas = {
  'app:host-info': z.tuple([]),
  'library:get-snapshot': z.tuple([]),
  'library:open-paths': z.tuple([pathListSchema]),
  'library:open-dialog': z.tuple([dialogKindSchema]),
  'library:open-samples': z.tuple([]),
  'library:reload': z.tuple([]),
  'export:save-csv': z.tuple([fileNameSchema, csvTextSchema]),
  'export:save-file': z.tuple([fileNameSchema, csvTextSchema, exportKindSchema]),
  'shell:open-external': z.tuple([linkSchema]),
  'library:resolve-local-ref': z.tuple([fileIdSchema, refTargetSchema]),
  'library:list-folder': z.tuple([pathSchema.nullable()]),
} as const satisfies { [C in RequestChannel]: z.ZodType<RequestChannels[C]['args']> };

/** Request bodies of the browser host's POST endpoints: objects with exactly these keys. */
export const openPathsBodySchema = z.strictObject({ paths: pathListSchema });
export const emptyBodySchema = z.strictObject({});
/** Query of the browser host's GET /api/local-ref. */
export const localRefQuerySchema = z.strictObject({ file: fileIdSchema, target: refTargetSchema });
/** Query of the browser host's GET /api/folders (no path: the user's home). */
export const folderQuerySchema = z.strictObject({ path: pathSchema.optional() });

export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

/** One line naming what was wrong, without echoing the (possibly huge) input back. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(`invalid ${what}: ${describeIssues(result.error)}`);
  return result.data;
}

/** The arguments of one IPC request, typed, or InvalidInputError. */
export function parseRequestArgs<C extends RequestChannel>(channel: C, args: unknown): RequestChannels[C]['args'] {
  const schema = requestArgSchemas[channel] as unknown as z.ZodType<RequestChannels[C]['args']>;
  if (schema === undefined) throw new InvalidInputError(`unknown channel: ${String(channel)}`);
  return parseWith(schema, args, `arguments for ${channel}`);
}
