import { activePdf, sniff } from './sniff.js'

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))

describe('sniff reads the type from the content', () => {
  it.each([
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['image/png', bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13])],
    ['image/webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['audio/wav', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
    ['application/pdf', bytes('%PDF-1.7\n')],
    ['audio/mp4', bytes([0, 0, 0, 0x20], 'ftypM4A ', [0, 0, 0, 0])],
    ['audio/webm', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f])],
    ['audio/ogg', bytes('OggS', [0, 2])],
    ['audio/mpeg', bytes('ID3', [4, 0, 0])],
    ['audio/aac', bytes([0xff, 0xf1, 0x50, 0x80])],
    ['audio/mpeg', bytes([0xff, 0xfb, 0x90, 0x64])],
  ])('%s', (mime, head) => {
    expect(sniff(head)).toBe(mime)
  })

  it.each([
    ['SVG (scripts inside an "image")', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>')],
    ['HTML', bytes('<!doctype html><script>alert(1)</script>')],
    ['an ELF executable', bytes([0x7f], 'ELF', [2, 1, 1])],
    ['a ZIP (docx, apk)', bytes('PK', [3, 4, 20, 0])],
    ['a video MP4', bytes([0, 0, 0, 0x20], 'ftypqt  ', [0, 0, 0, 0])],
    ['too short to tell', bytes([0xff, 0xd8])],
  ])('refuses %s', (_, head) => {
    expect(sniff(head)).toBeNull()
  })
})

describe('activePdf', () => {
  const pdf = (body: string) => Buffer.from(`%PDF-1.7\n1 0 obj << ${body} >> endobj\n%%EOF\n`, 'latin1')

  it('finds JavaScript and launch actions, however their names are spelled', () => {
    expect(activePdf(pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'))).toBe(true)
    expect(activePdf(pdf('/AA << /O << /S /Launch /F (cmd.exe) >> >>'))).toBe(true)
    expect(activePdf(pdf('/OpenAction << /S /J#61vaScript /J#53 (x) >>'))).toBe(true)
  })

  it('leaves a plain document alone, with an OpenAction that only opens a page', () => {
    expect(activePdf(pdf('/Type /Catalog /OpenAction [3 0 R /Fit] /JSONish 1'))).toBe(false)
  })
})
