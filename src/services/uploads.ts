import type { UploadedFile } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { API_BASE, upload, type UploadOptions } from './request'

export const uploadsApi = {
  /** Uploads one local file; the server decides its type from the bytes. */
  upload: (filePath: string, opts?: UploadOptions) => upload(appRoutes.upload, filePath, opts),
}

/** Where a file can be fetched from, for an <Image> or a preview (its link expires in minutes). */
export function fileUrl(file: Pick<UploadedFile, 'url'>): string {
  return `${API_BASE}${file.url}`
}
