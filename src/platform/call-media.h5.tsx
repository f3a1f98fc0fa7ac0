import { useEffect, useRef } from 'react'
import type { CallVideoProps, MediaCall, MediaOptions, Quality } from './call-media'
import { isDeviceError, MediaDenied } from './media-denied'
import type { CallViews } from './trtc-web.h5'

/** How often the link's round trip and loss are read for the quality indicator. */
const STATS_MS = 2_000
/** A link that stays disconnected this long gets a new path (ICE restart); a failed one at once. */
const RESTART_AFTER_MS = 2_500

export const mediaCapabilities = { speakerChoice: false }

type Signal = Record<string, unknown>
const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 100_000

/** Round trip (seconds) and share of packets lost since the last reading, as the person feels it. */
function qualityOf(rtt: number | null, loss: number): Quality {
  if ((rtt ?? 0) < 0.3 && loss < 0.03) return 'good'
  if ((rtt ?? 0) < 0.8 && loss < 0.1) return 'fair'
  return 'poor'
}

/**
 * WebRTC peer to peer: the caller's device offers, the answering one answers; ICE candidates that
 * come before the other side's description wait for it. A path that drops (the phone moved from
 * Wi-Fi to 4G) is restarted by the offerer, asked for by the answerer, without hanging up.
 */
class WebRtcCall implements MediaCall {
  readonly remote = new MediaStream()
  private readonly pc: RTCPeerConnection
  private readonly earlyIce: RTCIceCandidateInit[] = []
  private restartTimer: ReturnType<typeof setTimeout> | undefined
  private readonly statsTimer: ReturnType<typeof setInterval>
  private lost = { lost: 0, received: 0 }
  private closed = false

  constructor(
    private readonly options: MediaOptions,
    public local: MediaStream,
  ) {
    const { events } = options
    this.pc = new RTCPeerConnection({ iceServers: options.media.iceServers })
    for (const track of local.getTracks()) this.pc.addTrack(track, local)
    this.pc.ontrack = (e) => {
      this.remote.addTrack(e.track)
      events.changed()
    }
    this.pc.onicecandidate = (e) => {
      if (e.candidate) events.signal({ type: 'ice', candidate: e.candidate.toJSON() })
    }
    this.pc.onconnectionstatechange = () => this.onConnectionState()
    window.addEventListener('online', this.onOnline)
    this.statsTimer = setInterval(() => void this.readQuality(), STATS_MS)
  }

  /** The caller's first offer, or a new one with fresh ICE when the path was lost. */
  async offer(iceRestart = false): Promise<void> {
    const offer = await this.pc.createOffer({ iceRestart })
    await this.pc.setLocalDescription(offer)
    this.options.events.signal({ type: 'offer', sdp: offer.sdp })
  }

  receive(signal: Signal): void {
    void this.handle(signal).catch(() => this.scheduleRestart(0))
  }

  private async handle(s: Signal): Promise<void> {
    if (this.closed) return
    if (s.type === 'offer' && text(s.sdp)) {
      await this.pc.setRemoteDescription({ type: 'offer', sdp: s.sdp })
      await this.flushIce()
      const answer = await this.pc.createAnswer()
      await this.pc.setLocalDescription(answer)
      this.options.events.signal({ type: 'answer', sdp: answer.sdp })
    } else if (s.type === 'answer' && text(s.sdp)) {
      await this.pc.setRemoteDescription({ type: 'answer', sdp: s.sdp })
      await this.flushIce()
    } else if (s.type === 'ice' && s.candidate && typeof s.candidate === 'object') {
      const candidate = s.candidate as RTCIceCandidateInit
      if (this.pc.remoteDescription) await this.pc.addIceCandidate(candidate)
      else this.earlyIce.push(candidate)
    } else if (s.type === 'voice') {
      this.stopVideo()
      this.options.events.peerVoiceOnly()
    } else if (s.type === 'restart' && this.options.offerer) {
      await this.offer(true)
    }
  }

  private async flushIce(): Promise<void> {
    for (const c of this.earlyIce.splice(0)) await this.pc.addIceCandidate(c)
  }

  private onConnectionState(): void {
    const state = this.pc.connectionState
    if (state === 'connected') {
      clearTimeout(this.restartTimer)
      this.restartTimer = undefined
      this.options.events.link('connected')
    } else if (state === 'disconnected') {
      this.options.events.link('reconnecting')
      this.scheduleRestart(RESTART_AFTER_MS)
    } else if (state === 'failed') {
      this.options.events.link('reconnecting')
      this.scheduleRestart(0)
    }
  }

  /** The network came back (or changed): a path found before it may be gone. */
  private readonly onOnline = () => {
    if (this.pc.connectionState !== 'connected') this.scheduleRestart(0)
  }

  private scheduleRestart(ms: number): void {
    if (this.closed || this.restartTimer) return
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined
      if (this.closed || this.pc.connectionState === 'connected') return
      if (this.options.offerer) void this.offer(true).catch(() => undefined)
      else this.options.events.signal({ type: 'restart' })
    }, ms)
  }

  private async readQuality(): Promise<void> {
    if (this.closed || this.pc.connectionState !== 'connected') return
    const report = await this.pc.getStats()
    let rtt: number | null = null
    let lost = 0
    let received = 0
    report.forEach((s: Record<string, unknown>) => {
      if (s.type === 'candidate-pair' && s.nominated && typeof s.currentRoundTripTime === 'number')
        rtt = s.currentRoundTripTime
      if (s.type === 'inbound-rtp') {
        lost += Number(s.packetsLost ?? 0)
        received += Number(s.packetsReceived ?? 0)
      }
    })
    const dLost = Math.max(0, lost - this.lost.lost)
    const dAll = dLost + Math.max(0, received - this.lost.received)
    this.lost = { lost, received }
    this.options.events.quality(qualityOf(rtt, dAll ? dLost / dAll : 0))
  }

  setMuted(muted: boolean): void {
    for (const t of this.local.getAudioTracks()) t.enabled = !muted
  }

  setCamera(on: boolean): void {
    for (const t of this.local.getVideoTracks()) t.enabled = on
  }

  async switchCamera(front: boolean): Promise<void> {
    const fresh = await navigator.mediaDevices.getUserMedia({ video: { facingMode: front ? 'user' : 'environment' } })
    const track = fresh.getVideoTracks()[0]
    const sender = this.pc.getSenders().find((s) => s.track?.kind === 'video')
    await sender?.replaceTrack(track)
    for (const old of this.local.getVideoTracks()) {
      old.stop()
      this.local.removeTrack(old)
    }
    this.local.addTrack(track)
    this.options.events.changed()
  }

  /** The browser plays through the device it chose; there is no earpiece to pick (mediaCapabilities). */
  setSpeaker(): void {}

  toVoice(): void {
    this.stopVideo()
    this.options.events.signal({ type: 'voice' })
  }

  private stopVideo(): void {
    for (const sender of this.pc.getSenders()) if (sender.track?.kind === 'video') void sender.replaceTrack(null)
    for (const t of this.local.getVideoTracks()) {
      t.stop()
      this.local.removeTrack(t)
    }
    this.options.events.changed()
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.restartTimer)
    clearInterval(this.statsTimer)
    window.removeEventListener('online', this.onOnline)
    for (const t of this.local.getTracks()) t.stop()
    this.pc.close()
  }
}

/**
 * TRTC Web when the BFF gives TRTC credentials (so H5 and mini-program phones meet in one room),
 * else WebRTC peer to peer. The TRTC SDK is a chunk of its own, loaded only then.
 */
export async function startMedia(options: MediaOptions): Promise<MediaCall> {
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('no media devices (needs HTTPS)')
  if (options.media.trtc) {
    const { TrtcWebCall } = await import(/* webpackChunkName: "lazy-trtc-web" */ './trtc-web.h5')
    const call = new TrtcWebCall(options)
    try {
      await call.start()
    } catch (err) {
      call.close()
      throw err
    }
    return call
  }
  const local = await navigator.mediaDevices
    .getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      video: options.kind === 'video' ? { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } } : false,
    })
    .catch((err: unknown) => {
      throw isDeviceError(err) ? new MediaDenied(err) : err
    })
  const call = new WebRtcCall(options, local)
  if (options.offerer) await call.offer()
  return call
}

/** The other side fills the screen (and plays its sound, voice calls too); this camera sits in a corner. */
export function CallVideo({ media, voiceOnly, version }: CallVideoProps) {
  const remote = useRef<HTMLVideoElement>(null)
  const local = useRef<HTMLVideoElement>(null)
  const remoteView = useRef<HTMLDivElement>(null)
  const localView = useRef<HTMLDivElement>(null)
  const drawn = media && 'attach' in media ? (media as MediaCall & { attach(v: CallViews): void }) : null
  useEffect(() => {
    if (drawn) {
      drawn.attach({ remote: remoteView.current, local: localView.current })
      return
    }
    const call = media as WebRtcCall | null
    if (remote.current && remote.current.srcObject !== (call?.remote ?? null))
      remote.current.srcObject = call?.remote ?? null
    if (local.current) local.current.srcObject = call?.local ?? null
  }, [media, drawn, version, voiceOnly])
  // TRTC draws into elements of its own choosing: give it the same two places.
  if (drawn)
    return (
      <div className={`call-video ${voiceOnly ? 'call-video-off' : ''}`}>
        <div ref={remoteView} className='call-video-remote' />
        {!voiceOnly && <div ref={localView} className='call-video-local' />}
      </div>
    )
  return (
    <div className={`call-video ${voiceOnly ? 'call-video-off' : ''}`}>
      <video ref={remote} className='call-video-remote' autoPlay playsInline />
      {!voiceOnly && <video ref={local} className='call-video-local' autoPlay playsInline muted />}
    </div>
  )
}
