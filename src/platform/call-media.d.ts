import type { CallKind, CallMedia } from '@pocket/contract'

/** How the media path between the two devices stands. */
export type MediaLink = 'connecting' | 'connected' | 'reconnecting'

/** The network as the call feels it (round trip and loss), for the indicator on the call screen. */
export type Quality = 'good' | 'fair' | 'poor'

/** What the media tells the call: signals to relay to the other device, its link, its quality. */
export interface MediaEvents {
  signal(signal: Record<string, unknown>): void
  link(state: MediaLink): void
  quality(q: Quality): void
  /** The streams to show changed (a track arrived, the camera switched). */
  changed(): void
  /** The other side switched the call to voice. */
  peerVoiceOnly(): void
}

/** One call's media on this device, until closed. */
export interface MediaCall {
  /** SDP, ICE or a control from the other device (call.signal). */
  receive(signal: Record<string, unknown>): void
  setMuted(muted: boolean): void
  setCamera(on: boolean): void
  switchCamera(front: boolean): Promise<void>
  setSpeaker(on: boolean): void
  /** Stops sending video for good and tells the other device to do the same. */
  toVoice(): void
  close(): void
}

export interface MediaOptions {
  callId: string
  kind: CallKind
  /** The caller's device makes the offer; the answering device waits for it. */
  offerer: boolean
  media: CallMedia
  events: MediaEvents
}

/** What this build's media can do: where the earpiece can be chosen over the loudspeaker. */
export const mediaCapabilities: { speakerChoice: boolean }

/**
 * Starts a call's media: asks for the microphone (and camera for video) and connects to the other
 * device: WebRTC peer to peer with the BFF's ICE servers in H5, TRTC in the mini-program. Rejects
 * when the microphone or camera is refused, or the build has no media for this call.
 */
export function startMedia(options: MediaOptions): Promise<MediaCall>

/** The call's picture: the other side full screen, this device's camera small; nothing for voice. */
export interface CallVideoProps {
  media: MediaCall | null
  voiceOnly: boolean
  /** The store's media version: a change re-attaches the streams. */
  version: number
}

export function CallVideo(props: CallVideoProps): JSX.Element
