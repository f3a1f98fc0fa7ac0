import { ringToneWav } from './ring-tone'

const VIBRATE = [400, 200, 400, 2_000]

export function startRinging(): () => void {
  const url = URL.createObjectURL(new Blob([ringToneWav()], { type: 'audio/wav' }))
  const audio = new Audio(url)
  audio.loop = true
  // A page the person has not touched yet may not play sound: it still vibrates and shows the call.
  void audio.play().catch(() => undefined)
  const vibrate = () => navigator.vibrate?.(VIBRATE)
  vibrate()
  const timer = setInterval(vibrate, 3_000)
  return () => {
    clearInterval(timer)
    navigator.vibrate?.(0)
    audio.pause()
    URL.revokeObjectURL(url)
  }
}
