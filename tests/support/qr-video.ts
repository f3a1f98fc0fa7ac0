import { writeFileSync } from 'node:fs'
import qrcode from 'qrcode-generator'

/**
 * A camera that sees a QR code: a Y4M video (what Chromium's --use-file-for-fake-video-capture
 * plays, looping) of `text` as a QR code, black on white in the middle of a 640×480 frame.
 */
export function writeQrVideo(text: string, file: string): void {
  const width = 640
  const height = 480
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const modules = qr.getModuleCount()
  const scale = Math.floor(320 / modules)
  const left = Math.floor((width - modules * scale) / 2)
  const top = Math.floor((height - modules * scale) / 2)
  const luma = Buffer.alloc(width * height, 235)
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (!qr.isDark(row, col)) continue
      for (let y = 0; y < scale; y++)
        luma.fill(
          16,
          (top + row * scale + y) * width + left + col * scale,
          (top + row * scale + y) * width + left + (col + 1) * scale,
        )
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma])
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  )
}
