/**
 * A photo or voice note waiting in the outbox must outlive the app: an H5 page's `blob:` URL dies
 * with the page, and a mini-program's temp file may be cleaned up once the app closes. Keeping a
 * file copies it where it survives a restart (IndexedDB on H5, the mini-program's saved files in
 * weapp) and answers a reference to it.
 */
export function keepFile(path: string): Promise<string>

/** A path the uploader and the bubble can use for a kept file, or null when it is gone. */
export function openKept(ref: string): Promise<string | null>

/** Deletes a kept file once its message is stored; a file already gone is no error. */
export function dropKept(ref: string): Promise<void>
