import type { Recording, VoiceClip } from './voice-recorder'

const RATE = 16_000
const KBPS = 24
const FRAME = 1152 // samples per MP3 frame

/** Averages the microphone's samples down to 16 kHz and turns them into 16-bit integers. */
function downsample(chunks: Float32Array[], from: number): Int16Array {
  const total = chunks.reduce((n, c) => n + c.length, 0)
  const input = new Float32Array(total)
  let at = 0
  for (const c of chunks) {
    input.set(c, at)
    at += c.length
  }
  const ratio = from / RATE
  const out = new Int16Array(Math.floor(total / ratio))
  for (let i = 0; i < out.length; i++) {
    const start = Math.floor(i * ratio)
    const end = Math.min(total, Math.floor((i + 1) * ratio))
    let sum = 0
    for (let j = start; j < end; j++) sum += input[j]
    const v = Math.max(-1, Math.min(1, sum / Math.max(1, end - start)))
    out[i] = v < 0 ? v * 0x8000 : v * 0x7fff
  }
  return out
}

async function encodeMp3(samples: Int16Array): Promise<Blob> {
  // The encoder is loaded only when someone records: it stays out of the first page's script.
  const { Mp3Encoder } = await import(/* webpackChunkName: "lazy-mp3-encoder" */ '@breezystack/lamejs')
  const encoder = new Mp3Encoder(1, RATE, KBPS)
  const parts: Uint8Array[] = []
  for (let i = 0; i < samples.length; i += FRAME) parts.push(encoder.encodeBuffer(samples.subarray(i, i + FRAME)))
  parts.push(encoder.flush())
  return new Blob(parts as BlobPart[], { type: 'audio/mpeg' })
}

// Browsers record WebM or MP4 with MediaRecorder, and WeChat plays neither WebM nor Ogg: the
// microphone's samples are taken directly and encoded to MP3 here, the format both sides play.
export async function startRecording(maxMs: number): Promise<Recording> {
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('no microphone')
  const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true } })
  const context = new AudioContext()
  const source = context.createMediaStreamSource(stream)
  // ScriptProcessor is old but runs everywhere, including WeChat's browser, with no extra file.
  const processor = context.createScriptProcessor(4096, 1, 1)
  const chunks: Float32Array[] = []
  let ended = false
  processor.onaudioprocess = (e) => {
    if (!ended) chunks.push(new Float32Array(e.inputBuffer.getChannelData(0)))
  }
  source.connect(processor)
  processor.connect(context.destination)
  const release = () => {
    if (ended) return
    ended = true
    processor.disconnect()
    source.disconnect()
    stream.getTracks().forEach((t) => t.stop())
    void context.close()
  }
  const limit = setTimeout(release, maxMs)
  return {
    async stop(): Promise<VoiceClip> {
      clearTimeout(limit)
      release()
      const samples = downsample(chunks, context.sampleRate)
      const blob = await encodeMp3(samples)
      return { path: URL.createObjectURL(blob), durationMs: Math.round((samples.length / RATE) * 1000) }
    },
    cancel(): void {
      clearTimeout(limit)
      release()
    },
  }
}
