import '@fastify/multipart'
import { Controller, Req, Res } from '@nestjs/common'
import { appRoutes, type AppInput, type UploadedFile } from '@pocket/contract'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError, Input, Route } from '#common'
import { CurrentUser, type AuthUser } from '../common/auth-user.js'
import { UploadsService } from './uploads.service.js'

/** Anything that goes wrong while reading the form is the sender's: answered in our format, never a 500. */
const tooLarge = (maxBytes: number) =>
  new AppError('FILE_TOO_LARGE', { key: 'upload.tooLarge', params: { mb: Math.floor(maxBytes / 1024 / 1024) } })

function formError(err: unknown, maxBytes: number): AppError {
  if (err instanceof AppError) return err
  const code = (err as { code?: string }).code
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes)
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return new AppError('FILE_TYPE_UNSUPPORTED', { key: 'upload.notMultipart' })
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new AppError('VALIDATION_FAILED', ONE_FILE)
  // A cut-off or malformed form (busboy: "Unexpected end of form", "Malformed part header", …).
  return new AppError('VALIDATION_FAILED', { key: 'upload.incomplete' })
}

/** Files are shown as images and played as audio; as a document of our origin they may do nothing. */
const FILE_CSP = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'"

const ONE_FILE = { key: 'upload.oneFile' } as const
/** Room for the form's boundaries and part headers around the file itself. */
const FORM_OVERHEAD_BYTES = 16 * 1024

/**
 * The one file part of the form, read whole within the size limit. The whole form is read, so a
 * second file is seen and refused rather than silently dropped.
 */
async function readFile(req: FastifyRequest, max: number): Promise<{ bytes: Buffer; name: string }> {
  try {
    let file: { bytes: Buffer; name: string } | null = null
    const limits = { fileSize: max, files: 1, fields: 4, parts: 5 }
    for await (const part of req.parts({ limits })) {
      if (part.type !== 'file') continue
      if (file) throw new AppError('VALIDATION_FAILED', ONE_FILE)
      if (part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { key: 'upload.noFile' })
      const bytes = await part.toBuffer()
      // The parser stops at the limit; a cut-off file is refused, never kept.
      if (part.file.truncated) throw tooLarge(max)
      file = { bytes, name: part.filename }
    }
    if (!file) throw new AppError('VALIDATION_FAILED', { key: 'upload.noFile' })
    return file
  } catch (err) {
    throw formError(err, max)
  }
}

@Controller()
export class UploadsController {
  constructor(private readonly service: UploadsService) {}

  @Route(appRoutes.upload)
  async upload(
    @CurrentUser() user: AuthUser,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UploadedFile> {
    // A body declared past the limit is refused before a byte of it is read; closing the connection
    // stops Node from reading (and discarding) the rest to keep it alive.
    if (Number(req.headers['content-length']) > this.service.maxBytes + FORM_OVERHEAD_BYTES) {
      void reply.header('connection', 'close')
      throw tooLarge(this.service.maxBytes)
    }
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
      // Whatever a file holds runs nothing in our origin; a PDF (which can carry script) is saved, not opened here.
      .header('content-security-policy', FILE_CSP)
      .header(
        'content-disposition',
        `${file.mime === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      )
      .send(body)
  }
}
