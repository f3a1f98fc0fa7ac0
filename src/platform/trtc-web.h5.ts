import TRTC, { type TRTCStreamType } from 'trtc-sdk-v5'
import type { MediaCall, MediaOptions, Quality } from './call-media'
import { isDeviceError, MediaDenied } from './media-denied'

/** TRTC's network level (1 best … 5 very bad, 6 down; 0 unknown) as the call screen says it. */
function qualityOf(level: number): Quality | null {
  if (!level) return null
  return level <= 2 ? 'good' : level <= 4 ? 'fair' : 'poor'
}

/** The elements TRTC draws the two pictures into (it puts its own <video> inside each). */
export interface CallViews {
  remote: HTMLElement | null
  local: HTMLElement | null
}

/**
 * TRTC Web (trtc-sdk-v5) in H5, used when the BFF gives TRTC credentials: both devices enter the
 * room named by the call with the UserSig minted for them, so an H5 phone and a mini-program phone
 * (trtc-wx-sdk in the same room) carry each other's media. Audio plays on its own; video is drawn
 * into the views the call screen attaches.
 */
export class TrtcWebCall implements MediaCall {
  private readonly trtc = TRTC.create()
  private views: CallViews = { remote: null, local: null }
  private remote: { userId: string; streamType: TRTCStreamType } | null = null
  /** The remote video being drawn, into which view: a new view moves it rather than starting it again. */
  private playingIn: HTMLElement | null = null
  private cameraOn: boolean
  private closed = false

  constructor(private readonly options: MediaOptions) {
    this.cameraOn = options.kind === 'video'
  }

  async start(): Promise<void> {
    const credentials = this.options.media.trtc
    if (!credentials) throw new Error('TRTC is not configured on the BFF')
    const { events } = this.options
    const { EVENT } = TRTC
    this.trtc.on(EVENT.REMOTE_USER_ENTER, () => events.link('connected'))
    this.trtc.on(EVENT.REMOTE_USER_EXIT, () => events.link('reconnecting'))
    this.trtc.on(EVENT.CONNECTION_STATE_CHANGED, (e) => {
      const state = String(e.state)
      if (state === 'RECONNECTING') events.link('reconnecting')
      else if (state === 'CONNECTED' && this.remote) events.link('connected')
    })
    this.trtc.on(EVENT.REMOTE_VIDEO_AVAILABLE, ({ userId, streamType }) => {
      this.remote = { userId, streamType }
      void this.playRemote()
    })
    this.trtc.on(EVENT.REMOTE_VIDEO_UNAVAILABLE, () => {
      this.remote = null
      this.playingIn = null
      events.changed()
    })
    this.trtc.on(EVENT.NETWORK_QUALITY, (q) => {
      const quality = qualityOf(Math.max(q.uplinkNetworkQuality, q.downlinkNetworkQuality))
      if (quality) events.quality(quality)
    })
    await this.trtc.enterRoom({
      sdkAppId: credentials.sdkAppId,
      userId: credentials.userId,
      userSig: credentials.userSig,
      strRoomId: credentials.roomId,
      scene: TRTC.TYPE.SCENE_RTC,
    })
    try {
      await this.trtc.startLocalAudio()
      if (this.cameraOn) await this.trtc.startLocalVideo({ view: this.views.local, option: { useFrontCamera: true } })
    } catch (err) {
      // TRTC wraps getUserMedia's error; a refused or missing device is the person's to fix.
      throw isDeviceError((err as { originError?: unknown }).originError) ? new MediaDenied(err) : err
    }
  }

  /** The call screen's picture is on the page (or gone): draw into it. */
  attach(views: CallViews): void {
    this.views = views
    if (this.closed) return
    if (this.cameraOn) void this.trtc.updateLocalVideo({ view: views.local }).catch(() => undefined)
    void this.playRemote()
  }

  receive(signal: Record<string, unknown>): void {
    if (signal.type !== 'voice') return
    this.stopVideo()
    this.options.events.peerVoiceOnly()
  }

  setMuted(muted: boolean): void {
    void this.trtc.updateLocalAudio({ mute: muted }).catch(() => undefined)
  }

  setCamera(on: boolean): void {
    if (this.options.kind !== 'video') return
    this.cameraOn = on
    void this.trtc.updateLocalVideo({ mute: !on }).catch(() => undefined)
  }

  async switchCamera(front: boolean): Promise<void> {
    await this.trtc.updateLocalVideo({ option: { useFrontCamera: front } })
  }

  /** A browser cannot pick the earpiece: the sound comes from the speaker (mediaCapabilities). */
  setSpeaker(): void {}

  toVoice(): void {
    this.stopVideo()
    this.options.events.signal({ type: 'voice' })
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    void this.trtc
      .exitRoom()
      .catch(() => undefined)
      .finally(() => this.trtc.destroy())
  }

  private stopVideo(): void {
    if (!this.cameraOn) return
    this.cameraOn = false
    void this.trtc.stopLocalVideo().catch(() => undefined)
  }

  private async playRemote(): Promise<void> {
    const { remote } = this
    const view = this.views.remote
    if (!remote || !view || this.closed || this.playingIn === view) return
    const config = { userId: remote.userId, streamType: remote.streamType, view }
    try {
      if (this.playingIn) await this.trtc.updateRemoteVideo(config)
      else await this.trtc.startRemoteVideo(config)
      this.playingIn = view
    } catch {
      // The picture stays empty; the sound plays on, and the next view or stream tries again.
    }
    this.options.events.changed()
  }
}
