import { LivePlayer, LivePusher, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import TRTC, { type TrtcPlayer } from 'trtc-wx-sdk'
import type { CallVideoProps, MediaCall, MediaOptions, Quality } from './call-media'
import { MediaDenied } from './media-denied'

export const mediaCapabilities = { speakerChoice: true }

type Attributes = Record<string, unknown>

/** TRTC's network level (1 best … 6 down) as the call screen says it. */
function qualityOf(level: number): Quality | null {
  if (!level) return null
  return level <= 2 ? 'good' : level <= 4 ? 'fair' : 'poor'
}

/**
 * TRTC through trtc-wx-sdk: both devices enter the call's room with the UserSig the BFF minted for
 * them and push to it; the other side's streams play as they arrive. The state machine needs the
 * page, so the room is entered when the call's picture mounts (attach), not before.
 */
class TrtcCall implements MediaCall {
  private trtc: TRTC | null = null
  pusher: Attributes = {}
  players: TrtcPlayer[] = []
  private soundMode: 'speaker' | 'ear'
  private closed = false

  constructor(private readonly options: MediaOptions) {
    this.soundMode = options.kind === 'video' ? 'speaker' : 'ear'
  }

  attach(page: unknown): void {
    if (this.trtc || this.closed) return
    const credentials = this.options.media.trtc
    if (!credentials) return
    const trtc = new TRTC(page)
    this.trtc = trtc
    const { EVENT } = trtc
    const video = this.options.kind === 'video'
    this.pusher = trtc.createPusher({ enableCamera: video, enableMic: true, beautyLevel: 0 }).pusherAttributes
    const update = (players: TrtcPlayer[]) => {
      this.players = players.map((p) => ({ ...p, soundMode: this.soundMode }))
      this.options.events.changed()
    }
    trtc.on(EVENT.LOCAL_JOIN, () => this.options.events.link('connecting'))
    trtc.on(EVENT.REMOTE_USER_JOIN, () => this.options.events.link('connected'))
    trtc.on(EVENT.REMOTE_USER_LEAVE, () => this.options.events.link('reconnecting'))
    trtc.on(EVENT.REMOTE_AUDIO_ADD, (e) => update(trtc.setPlayerAttributes(idOf(e.data), { muteAudio: false })))
    trtc.on(EVENT.REMOTE_VIDEO_ADD, (e) => update(trtc.setPlayerAttributes(idOf(e.data), { muteVideo: false })))
    trtc.on(EVENT.REMOTE_STATE_UPDATE, (e) => update((e.data.playerList as TrtcPlayer[] | undefined) ?? this.players))
    trtc.on(EVENT.LOCAL_NET_STATE_UPDATE, (e) => {
      const status = (e.data.pusher as Attributes | undefined)?.netStatus as Attributes | undefined
      const q = qualityOf(Number(status?.netQualityLevel ?? 0))
      if (q) this.options.events.quality(q)
    })
    this.pusher = trtc.enterRoom({
      sdkAppID: credentials.sdkAppId,
      userID: credentials.userId,
      userSig: credentials.userSig,
      strRoomID: credentials.roomId,
      enableMic: true,
      enableCamera: video,
    })
    this.options.events.changed()
    // The pusher starts once its attributes are on the page (next render).
    setTimeout(() => trtc.getPusherInstance().start(), 0)
  }

  get handlers() {
    const trtc = this.trtc
    return {
      pusherState: (e: unknown) => trtc?.pusherEventHandler(e),
      pusherNet: (e: unknown) => trtc?.pusherNetStatusHandler(e),
      pusherError: (e: unknown) => trtc?.pusherErrorHandler(e),
      playerState: (e: unknown) => trtc?.playerEventHandler(e),
      playerNet: (e: unknown) => trtc?.playerNetStatus(e),
    }
  }

  receive(signal: Record<string, unknown>): void {
    if (signal.type !== 'voice') return
    this.setCamera(false)
    this.options.events.peerVoiceOnly()
  }

  setMuted(muted: boolean): void {
    this.setPusher({ enableMic: !muted })
  }

  setCamera(on: boolean): void {
    this.setPusher({ enableCamera: on })
  }

  async switchCamera(front: boolean): Promise<void> {
    this.trtc?.getPusherInstance().switchCamera()
    this.setPusher({ frontCamera: front ? 'front' : 'back' })
  }

  setSpeaker(on: boolean): void {
    this.soundMode = on ? 'speaker' : 'ear'
    this.players = this.players.map((p) => ({ ...p, soundMode: this.soundMode }))
    this.options.events.changed()
  }

  toVoice(): void {
    this.setCamera(false)
    this.options.events.signal({ type: 'voice' })
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    if (this.trtc) {
      const { pusher, playerList } = this.trtc.exitRoom()
      this.pusher = pusher
      this.players = playerList
    }
  }

  private setPusher(change: Attributes): void {
    if (!this.trtc) return
    this.pusher = this.trtc.setPusherAttributes(change)
    this.options.events.changed()
  }
}

const idOf = (data: Record<string, unknown>) => String((data.player as TrtcPlayer | undefined)?.id ?? '')

export async function startMedia(options: MediaOptions): Promise<MediaCall> {
  if (!options.media.trtc) throw new Error('TRTC is not configured on the BFF')
  const { authSetting } = await Taro.getSetting()
  if (authSetting['scope.record'] === false) throw new MediaDenied('scope.record refused before')
  try {
    await Taro.authorize({ scope: 'scope.record' })
    if (options.kind === 'video') await Taro.authorize({ scope: 'scope.camera' })
  } catch (err) {
    throw new MediaDenied(err)
  }
  return new TrtcCall(options)
}

/** live-pusher for this phone (small, in a corner for video) and a live-player for the other side. */
export function CallVideo({ media, voiceOnly, version }: CallVideoProps) {
  const call = media as TrtcCall | null
  const [, rerender] = useState(0)
  useEffect(() => {
    call?.attach(Taro.getCurrentInstance().page)
    rerender((n) => n + 1)
  }, [call])
  if (!call) return <View className='call-video' />
  const p = call.pusher as Record<string, never>
  const h = call.handlers
  return (
    <View className={`call-video ${voiceOnly ? 'call-video-off' : ''}`} data-version={version}>
      {call.players.map((player) => (
        <LivePlayer
          key={player.id}
          id={player.id}
          className='call-video-remote'
          data-streamid={player.streamID}
          src={typeof player.src === 'string' ? player.src : ''}
          mode='RTC'
          autoplay
          muted={Boolean(player.muteAudio)}
          // TRTC's player also takes mute-video, which Taro's types do not list.
          {...({ muteVideo: Boolean(player.muteVideo) } as Record<string, unknown>)}
          objectFit='fillCrop'
          soundMode={player.soundMode as 'speaker' | 'ear'}
          onStateChange={h.playerState}
          onNetStatus={h.playerNet}
        />
      ))}
      {p.url && (
        <LivePusher
          className='call-video-local'
          url={p.url}
          mode='RTC'
          autopush={p.autopush}
          enableCamera={p.enableCamera}
          enableMic={p.enableMic}
          muted={!p.enableMic}
          enableAgc
          enableAns
          devicePosition={p.frontCamera}
          minBitrate={p.minBitrate}
          maxBitrate={p.maxBitrate}
          onStateChange={h.pusherState}
          onNetStatus={h.pusherNet}
          onError={h.pusherError}
        />
      )}
    </View>
  )
}
