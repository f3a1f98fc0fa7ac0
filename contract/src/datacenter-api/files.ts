import { z } from 'zod'
import { Sha256Hex } from '../common.js'
import { FileId, UploadMime } from '../app-api/uploads.js'
import type { RouteTable } from '../route.js'

/** A file's record: the bytes live in object storage under `storageKey`, the record here. */
export const DcFile = z
  .object({
    id: FileId,
    mime: UploadMime,
    size: z.number().int().positive(),
    name: z.string().trim().max(120),
    sha256: Sha256Hex,
    storageKey: z.string().regex(/^[A-Za-z0-9/_.-]{1,200}$/),
  })
  .meta({ id: 'DcFile' })
export type DcFile = z.infer<typeof DcFile>

export const dcFilesRoutes = {
  registerFile: {
    method: 'post',
    path: '/files',
    tag: 'files',
    auth: true,
    summary: 'Records a file the acting account stored; it is theirs until attached to a request',
    body: DcFile,
    response: DcFile,
    status: 201,
    errors: ['FORBIDDEN', 'CONFLICT'],
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
