import Taro from '@tarojs/taro'
import { ringToneWav } from './ring-tone'

/** The tone is written to the app's own files once and played from there. */
let written: string | null = null
function toneFile(): string {
  if (written) return written
  const path = `${Taro.env.USER_DATA_PATH}/ring.wav`
  Taro.getFileSystemManager().writeFileSync(path, ringToneWav())
  written = path
  return path
}

export function startRinging(): () => void {
  const audio = Taro.createInnerAudioContext({ useWebAudioImplement: false })
  // A phone set to silent only vibrates.
  audio.obeyMuteSwitch = true
  audio.loop = true
  try {
    audio.src = toneFile()
    audio.play()
  } catch {
    // No room to write the tone: it still vibrates and shows the call.
  }
  const vibrate = () => void Taro.vibrateLong().catch(() => undefined)
  vibrate()
  const timer = setInterval(vibrate, 3_000)
  return () => {
    clearInterval(timer)
    audio.stop()
    audio.destroy()
  }
}
