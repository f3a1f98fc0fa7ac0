import type { UploadMime } from '@pocket/contract'

const ascii = (b: Buffer, at: number, text: string) => b.subarray(at, at + text.length).toString('latin1') === text

/** MP4 brands of audio files (WeChat's recorder and iOS write M4A; others write a generic brand). */
const MP4_AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'isom', 'iso2', 'mp41', 'mp42'])

/**
 * The type of a file read from its first bytes: what a file is, whatever its name or the
 * declared Content-Type says. Null for anything we do not take (SVG, HTML, executables, …).
 */
export function sniff(head: Buffer): UploadMime | null {
  if (head.length < 4) return null
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (ascii(head, 0, '\x89PNG\r\n\x1a\n')) return 'image/png'
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'image/webp'
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'audio/wav'
  if (ascii(head, 0, '%PDF-')) return 'application/pdf'
  if (ascii(head, 4, 'ftyp') && MP4_AUDIO_BRANDS.has(head.subarray(8, 12).toString('latin1'))) return 'audio/mp4'
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'audio/webm'
  if (ascii(head, 0, 'OggS')) return 'audio/ogg'
  if (ascii(head, 0, 'ID3')) return 'audio/mpeg'
  if (head[0] === 0xff && (head[1] & 0xf6) === 0xf0) return 'audio/aac' // ADTS: sync, layer 00
  if (head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0) return 'audio/mpeg' // MPEG audio frame
  return null
}

/** PDF actions that run something: JavaScript, or a program or file opened from the document. */
const PDF_ACTIVE = /\/(JS|JavaScript|Launch)(?![A-Za-z0-9])/

/**
 * Whether a PDF carries active content in its plain objects (names may hide letters as `#xx`).
 * Objects inside compressed streams are not read: that is why PDFs are also served only as
 * downloads under a sandboxing policy, never opened in the app's origin.
 */
export function activePdf(bytes: Buffer): boolean {
  const text = bytes
    .toString('latin1')
    .replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return PDF_ACTIVE.test(text)
}
