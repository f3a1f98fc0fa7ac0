import { create } from 'zustand'
import type { Call, CallKind } from '@pocket/contract'
import type { Quality } from '@/platform/call-media'

/**
 * Where this device's call stands: it rings the other side (calling), rings here (incoming), was
 * answered and its media is being set up (connecting), talks (connected), lost its media path and
 * is getting it back (reconnecting), or is over (ended, with why).
 */
export type CallPhase = 'calling' | 'incoming' | 'connecting' | 'connected' | 'reconnecting' | 'ended'

export interface CallScreen {
  phase: CallPhase
  /** The call as the server last told it; null while an invite has not been answered by the server yet. */
  call: Call | null
  consultationId: string
  kind: CallKind
  /** Who is on the other end, as the screen shows them. */
  peerName: string
  /** When media first flowed (the call timer counts from it). */
  connectedAt: number | null
  /** Why it ended, or what went wrong, in the person's words. */
  notice: string | null
  muted: boolean
  cameraOff: boolean
  frontCamera: boolean
  speaker: boolean
  /** A video call switched to voice (by either side), or a voice call. */
  voiceOnly: boolean
  quality: Quality | null
}

/** Something to tell the person in passing (a toast) that does not change the call; `id` tells two alike apart. */
export interface CallHint {
  text: string
  id: number
}

interface CallStore {
  screen: CallScreen | null
  /** Bumped whenever the media's streams change, so views attached to them render again. */
  mediaVersion: number
  /** Bumped whenever the call screen should be in front (a call starts or rings, or is asked for again). */
  wanted: number
  hint: CallHint | null
  /** A new call on the screen, which is brought to the front. */
  show(screen: CallScreen): void
  /** The call under way, brought to the front again. */
  reveal(): void
  patch(change: Partial<CallScreen>): void
  say(text: string): void
  mediaChanged(): void
  clear(): void
}

export const useCall = create<CallStore>()((set) => ({
  screen: null,
  mediaVersion: 0,
  wanted: 0,
  hint: null,
  show: (screen) => set((s) => ({ screen, wanted: s.wanted + 1 })),
  reveal: () => set((s) => ({ wanted: s.wanted + 1 })),
  patch: (change) => set((s) => (s.screen ? { screen: { ...s.screen, ...change } } : {})),
  say: (text) => set((s) => ({ hint: { text, id: (s.hint?.id ?? 0) + 1 } })),
  mediaChanged: () => set((s) => ({ mediaVersion: s.mediaVersion + 1 })),
  clear: () => set({ screen: null, hint: null }),
}))

/** A new screen for a call of this kind with this person, before anything has happened. */
export function freshScreen(
  phase: CallPhase,
  consultationId: string,
  kind: CallKind,
  peerName: string,
  call: Call | null,
): CallScreen {
  return {
    phase,
    call,
    consultationId,
    kind,
    peerName,
    connectedAt: null,
    notice: null,
    muted: false,
    cameraOff: false,
    frontCamera: true,
    speaker: kind === 'video',
    voiceOnly: kind === 'voice',
    quality: null,
  }
}
