/**
 * A photo or voice note waiting in the outbox must outlive the app: an H5 page's `blob:` URL dies
 * with the page, and a mini-program's temp file may be cleaned up once the app closes. Keeping a
 * file puts it where it survives a restart (a copy in IndexedDB on H5; in weapp the temp file is
 * moved among the mini-program's saved files) and answers a reference to it, and the path to use
 * for it from now on (weapp's temp path is gone once the file is moved).
 */
export function keepFile(path: string): Promise<{ ref: string; path: string }>

/** A path the uploader and the bubble can use for a kept file, or null when it is gone. */
export function openKept(ref: string): Promise<string | null>

/** Deletes a kept file once its message is stored; a file already gone is no error. */
export function dropKept(ref: string): Promise<void>
