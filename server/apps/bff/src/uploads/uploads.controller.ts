import '@fastify/multipart'
import { Controller, Req, Res } from '@nestjs/common'
import { appRoutes, type AppInput, type UploadedFile } from '@pocket/contract'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError, Input, Route } from '#common'
import { CurrentUser, type AuthUser } from '../common/auth-user.js'
import { UploadsService } from './uploads.service.js'

/** Anything that goes wrong while reading the form is the sender's: answered in our format, never a 500. */
const tooLarge = (maxBytes: number) =>
  new AppError('FILE_TOO_LARGE', `文件不能超过${Math.floor(maxBytes / 1024 / 1024)}MB，请压缩后再传`)

function formError(err: unknown, maxBytes: number): AppError {
  if (err instanceof AppError) return err
  const code = (err as { code?: string }).code
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes)
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return new AppError('FILE_TYPE_UNSUPPORTED', '请以 multipart/form-data 上传文件')
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new AppError('VALIDATION_FAILED', '一次只能上传一个文件')
  // A cut-off or malformed form (busboy: "Unexpected end of form", "Malformed part header", …).
  return new AppError('VALIDATION_FAILED', '上传内容不完整，请重新上传')
}

/** The one file part of the form, read whole within the size limit. */
async function readFile(req: FastifyRequest, max: number): Promise<{ bytes: Buffer; name: string }> {
  try {
    const part = await req.file({ limits: { fileSize: max, files: 1, fields: 4, parts: 5 }, throwFileSizeLimit: true })
    if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', '请选择要上传的文件')
    const bytes = await part.toBuffer()
    // The parser stops at the limit; a cut-off file is refused, never kept.
    if (part.file.truncated) throw tooLarge(max)
    return { bytes, name: part.filename }
  } catch (err) {
    throw formError(err, max)
  }
}

@Controller()
export class UploadsController {
  constructor(private readonly service: UploadsService) {}

  @Route(appRoutes.upload)
  async upload(@CurrentUser() user: AuthUser, @Req() req: FastifyRequest): Promise<UploadedFile> {
    const { bytes, name } = await readFile(req, this.service.maxBytes)
    return this.service.store(user, bytes, name)
  }

  @Route(appRoutes.download)
  async download(
    @Input() { params, query }: AppInput<'download'>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { file, body, range, maxAge } = await this.service
      .open(params.id, { ...query, range: req.headers.range }, String(req.id))
      .catch((err: unknown) => {
        const size = err instanceof AppError ? err.details?.size : undefined
        if (typeof size === 'number') reply.header('content-range', `bytes */${size}`)
        throw err
      })
    if (range) reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
    else reply.code(200)
    await reply
      .header('content-type', file.mime)
      .header('content-length', range ? range.end - range.start + 1 : file.size)
      .header('accept-ranges', 'bytes')
      .header('cache-control', `private, max-age=${maxAge}`)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .send(body)
  }
}
