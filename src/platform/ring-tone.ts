/**
 * The ring of an incoming call as a WAV file (8 kHz, 16-bit mono): two bursts of the 440 + 480 Hz
 * pair telephones ring with, then a pause; played in a loop. Made here, so no sound file ships.
 */
export function ringToneWav(): ArrayBuffer {
  const rate = 8_000
  const seconds = 3
  const samples = rate * seconds
  const buffer = new ArrayBuffer(44 + samples * 2)
  const view = new DataView(buffer)
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)))
  ascii(0, 'RIFF')
  view.setUint32(4, 36 + samples * 2, true)
  ascii(8, 'WAVE')
  ascii(12, 'fmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // mono
  view.setUint32(24, rate, true)
  view.setUint32(28, rate * 2, true)
  view.setUint16(32, 2, true)
  view.setUint16(34, 16, true)
  ascii(36, 'data')
  view.setUint32(40, samples * 2, true)
  for (let i = 0; i < samples; i++) {
    const t = i / rate
    // 0–0.4 s and 0.6–1.0 s ring; the rest of the 3 s is quiet.
    const on = t < 0.4 || (t >= 0.6 && t < 1.0)
    const v = on ? 0.35 * (Math.sin(2 * Math.PI * 440 * t) + Math.sin(2 * Math.PI * 480 * t)) : 0
    view.setInt16(44 + i * 2, Math.round(v * 32_767 * 0.5), true)
  }
  return buffer
}
