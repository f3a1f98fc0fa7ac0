import Taro from '@tarojs/taro'
import type { Recording, VoiceClip } from './voice-recorder'

// WeChat's RecorderManager writes MP3 itself. It is one per app: one recording at a time.
export function startRecording(maxMs: number): Promise<Recording> {
  const recorder = Taro.getRecorderManager()
  let cancelled = false
  const stopped = new Promise<VoiceClip>((resolve, reject) => {
    recorder.onStop(({ tempFilePath, duration }) =>
      cancelled ? reject(new Error('cancelled')) : resolve({ path: tempFilePath, durationMs: Math.round(duration) }),
    )
    recorder.onError(({ errMsg }) => reject(new Error(errMsg)))
  })
  stopped.catch(() => undefined)
  return new Promise((resolve, reject) => {
    recorder.onStart(() =>
      resolve({
        stop: () => {
          recorder.stop()
          return stopped
        },
        cancel: () => {
          cancelled = true
          recorder.stop()
        },
      }),
    )
    recorder.onError(({ errMsg }) => reject(new Error(errMsg)))
    recorder.start({ duration: maxMs, format: 'mp3', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 24000 })
  })
}
