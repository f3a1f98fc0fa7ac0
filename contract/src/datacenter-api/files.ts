import { z } from 'zod'
import { Int4, Sha256Hex } from '../common.js'
import { FileId, UploadMime } from '../app-api/uploads.js'
import type { RouteTable } from '../route.js'

/** A file's record: the bytes live in object storage under `storageKey`, the record here. */
export const DcFile = z
  .object({
    id: FileId,
    mime: UploadMime,
    size: Int4(1),
    name: z.string().trim().max(120),
    sha256: Sha256Hex,
    storageKey: z.string().regex(/^[A-Za-z0-9/_.-]{1,200}$/),
  })
  .meta({ id: 'DcFile' })
export type DcFile = z.infer<typeof DcFile>

/** Files the orphan sweep claimed: the BFF deletes their bytes, then has the records forgotten. */
export const DcOrphanFiles = z
  .object({ items: z.array(z.object({ id: FileId, storageKey: DcFile.shape.storageKey })) })
  .meta({ id: 'DcOrphanFiles' })
export type DcOrphanFiles = z.infer<typeof DcOrphanFiles>

export const dcFilesRoutes = {
  registerFile: {
    method: 'post',
    path: '/files',
    tag: 'files',
    auth: true,
    summary:
      "Records a file the acting account stored; it is theirs until attached to a request. Refused past the account's uploads a day or bytes in all",
    body: DcFile,
    response: DcFile,
    status: 201,
    errors: ['FORBIDDEN', 'CONFLICT', 'RATE_LIMITED'],
  },
  claimOrphanFiles: {
    method: 'post',
    path: '/files/orphans/claim',
    tag: 'files',
    auth: true,
    summary:
      'Claims up to `limit` files attached to nothing past ORPHAN_FILE_MINUTES (system): they can no longer be attached; the BFF deletes their bytes',
    body: z.object({ limit: z.number().int().min(1).max(500) }).meta({ id: 'DcClaimOrphanFiles' }),
    response: DcOrphanFiles,
    errors: ['FORBIDDEN'],
  },
  forgetOrphanFiles: {
    method: 'post',
    path: '/files/orphans/forget',
    tag: 'files',
    auth: true,
    summary: 'Deletes the records of claimed files whose bytes are gone (system)',
    body: z.object({ ids: z.array(FileId).max(500) }).meta({ id: 'DcForgetOrphanFiles' }),
    response: z.object({ forgotten: z.number().int() }).meta({ id: 'DcForgottenFiles' }),
    errors: ['FORBIDDEN'],
  },
  file: {
    method: 'get',
    path: '/files/{id}',
    tag: 'files',
    auth: true,
    summary: 'A file record, for its owner, staff of the office its request went to, or the system',
    params: z.object({ id: FileId }),
    response: DcFile,
    errors: ['NOT_FOUND'],
  },
} as const satisfies RouteTable
