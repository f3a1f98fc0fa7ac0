/**
 * A smaller copy of a photo for upload (longest side at most 1600 px, JPEG): a phone's camera
 * picture shrinks from several MB to a few hundred KB, and loses its EXIF data (the place it was
 * taken) on the way. Answers the original path when it cannot be made smaller.
 */
export function compressImage(path: string): Promise<string>
