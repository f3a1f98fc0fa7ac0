import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

type Listener = () => void

/**
 * One voice note plays at a time, as in any chat app: starting one stops the other. Built on
 * InnerAudioContext, which WeChat and Taro's H5 runtime both provide.
 */
class VoicePlayer {
  private audio: Taro.InnerAudioContext | null = null
  private listeners = new Set<Listener>()
  /** The key of the note playing, or null. */
  playing: string | null = null
  /** Called when a note fails to load (its link may have expired); answers a fresh URL or null. */
  private onFail: ((key: string) => Promise<string | null>) | null = null
  private retried = false

  subscribe = (l: Listener) => {
    this.listeners.add(l)
    return () => this.listeners.delete(l)
  }

  private set(playing: string | null): void {
    this.playing = playing
    for (const l of this.listeners) l()
  }

  private context(): Taro.InnerAudioContext {
    if (this.audio) return this.audio
    const audio = Taro.createInnerAudioContext()
    audio.onEnded(() => this.set(null))
    audio.onStop(() => this.set(null))
    audio.onError(() => {
      const key = this.playing
      if (!key || this.retried || !this.onFail) return this.set(null)
      this.retried = true
      void this.onFail(key).then((url) => (url && this.playing === key ? this.start(key, url) : this.set(null)))
    })
    this.audio = audio
    return audio
  }

  /** Plays a note, or stops it when it is the one playing. */
  toggle(key: string, url: string, refresh: (key: string) => Promise<string | null>): void {
    if (this.playing === key) {
      this.context().stop()
      return this.set(null)
    }
    this.onFail = refresh
    this.retried = false
    this.start(key, url)
  }

  private start(key: string, url: string): void {
    const audio = this.context()
    audio.stop()
    audio.src = url
    audio.play()
    this.set(key)
  }

  stop(): void {
    this.audio?.stop()
    this.set(null)
  }
}

export const voicePlayer = new VoicePlayer()

/** Whether the note with this key is playing now. */
export function usePlaying(key: string): boolean {
  return useSyncExternalStore(voicePlayer.subscribe, () => voicePlayer.playing === key)
}
