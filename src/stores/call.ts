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

interface CallStore {
  screen: CallScreen | null
  /** Bumped whenever the media's streams change, so views attached to them render again. */
  mediaVersion: number
  show(screen: CallScreen): void
  patch(change: Partial<CallScreen>): void
  mediaChanged(): void
  clear(): void
}

export const useCall = create<CallStore>()((set) => ({
  screen: null,
  mediaVersion: 0,
  show: (screen) => set({ screen }),
  patch: (change) => set((s) => (s.screen ? { screen: { ...s.screen, ...change } } : {})),
  mediaChanged: () => set((s) => ({ mediaVersion: s.mediaVersion + 1 })),
  clear: () => set({ screen: null }),
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
