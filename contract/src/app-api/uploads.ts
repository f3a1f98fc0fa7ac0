import { z } from 'zod'
import type { RouteTable } from '../route.js'

/** A stored file's id: `f_` and 22 random URL-safe characters (unguessable). */
export const FileId = z
  .string()
  .regex(/^f_[A-Za-z0-9_-]{22}$/, 'form.fileId')
  .meta({ id: 'FileId', example: 'f_Xq3v9mB2kQ7tR1sW8yZ0aC' })

/** What may be uploaded, by the type read from the content (never the name or the declared type). */
export const UploadMime = z.enum([
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/wav',
  'audio/webm',
  'audio/ogg',
])
export type UploadMime = z.infer<typeof UploadMime>

/** A stored file as its viewer gets it: `url` is a short-lived link minted for this viewer. */
export const UploadedFile = z
  .object({
    id: FileId,
    mime: UploadMime,
    size: z.number().int(),
    name: z.string(),
    url: z.string(),
  })
  .meta({ id: 'UploadedFile' })
export type UploadedFile = z.infer<typeof UploadedFile>

export const FileLinkQuery = z.object({
  expires: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'form.linkSig'),
})

/** Attachments, chat images and voice notes. */
export const uploadsRoutes = {
  upload: {
    method: 'post',
    path: '/uploads',
    tag: 'uploads',
    auth: true,
    summary: '上传一个文件（图片、PDF 或语音；类型按内容识别，大小有上限）',
    files: 'upload',
    response: UploadedFile,
    status: 201,
    errors: ['FILE_TOO_LARGE', 'FILE_TYPE_UNSUPPORTED', 'RATE_LIMITED'],
  },
  download: {
    method: 'get',
    path: '/uploads/{id}',
    tag: 'uploads',
    auth: false,
    summary:
      '取文件：凭限时链接（持有者链接，不绑定查看者；至多 FILE_LINK_TTL_SECONDS 秒有效）；支持 Range 取一段；PDF 仅作下载',
    files: 'download',
    params: z.object({ id: FileId }),
    query: FileLinkQuery,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'RANGE_NOT_SATISFIABLE'],
  },
} as const satisfies RouteTable
