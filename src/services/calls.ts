import type { Call, CallKind } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { formatDuration, said, t } from '@/i18n'
import type { MediaCall } from '@/platform/call-media'
import { loadCallMedia } from '@/platform/call-media-loader'
import { MediaDenied } from '@/platform/media-denied'
import { startRinging } from '@/platform/ringer'
import { freshScreen, useCall, type CallScreen } from '@/stores/call'
import { useSession } from '@/stores/session'
import { api } from './request'
import { socket } from './socket'

export const callsApi = {
  media: (id: string) => api(appRoutes.callMedia, { params: { id } }),
}

/** Every few seconds a device in a call says so; the server takes 10 s of silence as a vanished phone. */
const ALIVE_MS = 3_000
/**
 * Answered but no media path after this long (TRTC out of reach, or two networks peer to peer
 * cannot cross without TURN): the call is given up, saying so, rather than left at 正在接通….
 */
const CONNECT_TIMEOUT_MS = 20_000

/** Refusals that say the server could not do it just now, not that the call is over. */
const TRANSIENT = new Set(['UPSTREAM_UNAVAILABLE', 'INTERNAL', 'TIMEOUT'])

/** The other party's name, from this account's side of the call. */
function peerOf(call: Call, me: string): string {
  return call.caller.accountId === me ? call.callee.name : call.caller.name
}

/** Why the call ended, as this side says it. */
function endingOf(call: Call, iCalled: boolean): string {
  const o = call.outcome
  if (o === 'completed') return t('call.ended.completed', { duration: formatDuration(call.durationSeconds ?? 0) })
  if (o === 'rejected') return iCalled ? t('call.ended.rejectedByPeer') : t('call.ended.rejected')
  if (o === 'busy') return t('call.ended.busy')
  if (o === 'missed') return iCalled ? t('call.ended.noAnswer') : t('call.ended.missed')
  if (o === 'cancelled') return iCalled ? t('call.ended.cancelled') : t('call.ended.cancelledByPeer')
  return t('call.ended.failed')
}

/**
 * This device's side of calls: it rings for an incoming call wherever the app is, answers, and
 * carries the media once answered here; every change comes from the server's `call.state`, which
 * every device of both sides gets. One call at a time. What the person sees is in the call store:
 * the app brings the call screen to the front when it asks (`wanted`), the screen shows the rest.
 */
class Calls {
  private started = false
  private media: MediaCall | null = null
  /** Signals that came before this device's media was ready (an early offer or ICE). */
  private early: Record<string, unknown>[] = []
  private stopRinging: (() => void) | null = null
  private aliveTimer: ReturnType<typeof setInterval> | undefined
  private connectTimer: ReturnType<typeof setTimeout> | undefined
  /** Hung up before the server had told this device the call's id: cancel it when it does. */
  private cancelWhenKnown = false
  /** The call this device hung up on, whose record's outcome is still to come. */
  private endedHere: string | null = null

  start(): void {
    if (this.started) return
    this.started = true
    socket.on('call.state', ({ call, device }) => this.onState(call, device))
    socket.on('call.signal', ({ callId, signal }) => {
      if (useCall.getState().screen?.call?.id !== callId) return
      if (this.media) this.media.receive(signal)
      else this.early.push(signal)
    })
    socket.on('call.failed', ({ callId, code, message: text, notice }) => {
      const message = said(notice, text)
      const screen = useCall.getState().screen
      if (!screen || screen.phase === 'ended') return
      if (callId && screen.call?.id !== callId) return
      // A server that stumbled once (a keep-alive not stored) has not ended the call: say so and go on.
      if (TRANSIENT.has(code) && screen.call) return useCall.getState().say(message)
      this.finish(message)
    })
    // A new socket is a new device id: say at once that this device is still in the call.
    socket.on('ready', () => this.sayAlive())
  }

  /** The media of the call under way on this device, for the call screen's picture. */
  get currentMedia(): MediaCall | null {
    return this.media
  }

  /** Calls the other side of a conversation; the call screen opens at once and shows it ringing. */
  invite(consultationId: string, kind: CallKind, peerName: string): void {
    const busy = useCall.getState().screen
    if (busy && busy.phase !== 'ended') return useCall.getState().reveal()
    this.cancelWhenKnown = false
    useCall.getState().show(freshScreen('calling', consultationId, kind, peerName, null))
    this.warmUp()
    if (!socket.send({ event: 'call.invite', data: { consultationId, kind } })) this.finish(t('call.offline'))
  }

  accept(): void {
    const screen = useCall.getState().screen
    if (screen?.phase !== 'incoming' || !screen.call) return
    this.quiet()
    if (!socket.send({ event: 'call.accept', data: { callId: screen.call.id } })) return this.finish(t('call.offline'))
    useCall.getState().patch({ phase: 'connecting' })
  }

  /** The red button: declines a call ringing here, gives up one this device is making, or ends one under way. */
  hangUp(): void {
    const screen = useCall.getState().screen
    if (!screen || screen.phase === 'ended') return
    if (!screen.call) {
      this.cancelWhenKnown = true
      return this.finish(t('call.ended.cancelled'))
    }
    const event =
      screen.phase === 'incoming' ? 'call.reject' : screen.phase === 'calling' ? 'call.cancel' : 'call.hangup'
    socket.send({ event, data: { callId: screen.call.id } })
    // Over here at once; the server's call.state then says how it is recorded (and how long it lasted).
    this.endedHere = screen.call.id
    const local = { incoming: 'call.ended.rejected', calling: 'call.ended.cancelled' } as const
    this.finish(t(local[screen.phase as keyof typeof local] ?? 'call.ended.local'))
  }

  setMuted(muted: boolean): void {
    this.media?.setMuted(muted)
    useCall.getState().patch({ muted })
  }

  setCamera(on: boolean): void {
    this.media?.setCamera(on)
    useCall.getState().patch({ cameraOff: !on })
  }

  /** Front to back camera or back again; false when the phone would not switch (the call goes on). */
  async switchCamera(): Promise<boolean> {
    const front = !useCall.getState().screen?.frontCamera
    try {
      await this.media?.switchCamera(front)
      useCall.getState().patch({ frontCamera: front })
      return true
    } catch {
      return false
    }
  }

  setSpeaker(on: boolean): void {
    this.media?.setSpeaker(on)
    useCall.getState().patch({ speaker: on })
  }

  toVoice(): void {
    this.media?.toVoice()
    useCall.getState().patch({ voiceOnly: true, cameraOff: true })
  }

  /** The call screen was left after the call ended: nothing more to show. */
  dismiss(): void {
    if (useCall.getState().screen?.phase === 'ended') useCall.getState().clear()
  }

  private onState(call: Call, device: string | null): void {
    const me = useSession.getState().me?.id
    if (!me) return
    const mine = device !== null && device === socket.connectionId
    const iCalled = call.caller.accountId === me
    const screen = useCall.getState().screen
    const current = screen?.call?.id === call.id

    if (!current) {
      // This device's own invite, now with its id: ringing, at once busy, or (the other side was
      // calling this one meanwhile, e.g. both joined a 视频咨询) answered at once.
      if (screen && !screen.call && mine && screen.consultationId === call.consultationId) {
        useCall.getState().patch({ call })
        if (this.cancelWhenKnown && call.state !== 'ended') {
          this.cancelWhenKnown = false
          const event = call.state === 'ringing' ? 'call.cancel' : 'call.hangup'
          socket.send({ event, data: { callId: call.id } })
          this.endedHere = call.id
          return
        }
        if (screen.phase === 'ended') return
        if (call.state === 'ended') return this.finish(endingOf(call, iCalled))
        if (call.state === 'active') return void this.connect(call, iCalled)
        this.keepAlive()
        return
      }
      // Someone calls this account: ring, unless this device is busy with another call.
      if (call.state === 'ringing' && !iCalled && (!screen || screen.phase === 'ended')) {
        useCall.getState().show(freshScreen('incoming', call.consultationId, call.kind, peerOf(call, me), call))
        this.stopRinging = startRinging()
        this.warmUp()
      }
      return
    }

    if (call.state === 'ended') {
      useCall.getState().patch({ call })
      if (screen.phase === 'ended') {
        // Hung up here: the server's word on how it ended (and how long) replaces this device's guess.
        if (this.endedHere === call.id) useCall.getState().patch({ notice: endingOf(call, iCalled) })
        return
      }
      return this.finish(endingOf(call, iCalled))
    }
    if (call.state === 'active') {
      useCall.getState().patch({ call })
      if (mine || (iCalled && screen.phase === 'calling')) return void this.connect(call, iCalled)
      // Another device of this account answered: this one stops ringing.
      if (screen.phase === 'incoming') this.finish(t('call.answeredElsewhere'))
    }
  }

  /** Answered: get this call's credentials, then the media; signals that came meanwhile follow. */
  private async connect(call: Call, offerer: boolean): Promise<void> {
    if (this.media) return
    useCall.getState().patch({ phase: 'connecting' })
    this.keepAlive()
    clearTimeout(this.connectTimer)
    this.connectTimer = setTimeout(() => {
      const s = useCall.getState().screen
      if (s?.call?.id !== call.id || s.phase !== 'connecting') return
      socket.send({ event: 'call.hangup', data: { callId: call.id, failed: true } })
      this.finish(t('call.connectFailed'))
    }, CONNECT_TIMEOUT_MS)
    try {
      const credentials = await callsApi.media(call.id)
      const { startMedia } = await loadCallMedia()
      const media = await startMedia({
        callId: call.id,
        kind: call.kind,
        offerer,
        media: credentials,
        events: {
          signal: (signal) => void socket.send({ event: 'call.signal', data: { callId: call.id, signal } }),
          link: (state) => {
            const s = useCall.getState().screen
            if (!s || s.phase === 'ended') return
            if (state === 'connected')
              useCall.getState().patch({ phase: 'connected', connectedAt: s.connectedAt ?? Date.now() })
            else if (state === 'reconnecting') useCall.getState().patch({ phase: 'reconnecting' })
          },
          quality: (quality) => useCall.getState().patch({ quality }),
          changed: () => useCall.getState().mediaChanged(),
          peerVoiceOnly: () => useCall.getState().patch({ voiceOnly: true }),
        },
      })
      if (useCall.getState().screen?.call?.id !== call.id || useCall.getState().screen?.phase === 'ended') {
        media.close()
        return
      }
      this.media = media
      useCall.getState().mediaChanged()
      for (const signal of this.early.splice(0)) media.receive(signal)
    } catch (err) {
      // The microphone or camera was refused, or the line could not be made (credentials, TRTC):
      // end it cleanly, saying which, since only the first is the person's to fix. Nobody was heard.
      socket.send({ event: 'call.hangup', data: { callId: call.id, failed: true } })
      this.finish(t(err instanceof MediaDenied ? 'call.mediaFailed' : 'call.connectFailed'))
    }
  }

  /** While it rings, fetch the media code (H5 loads it apart from the first page), so the answer does not wait. */
  private warmUp(): void {
    loadCallMedia().catch(() => undefined)
  }

  /** Over on this device: silence, stop the media, show why; the screen stays until left. */
  private finish(notice: string): void {
    this.quiet()
    clearInterval(this.aliveTimer)
    clearTimeout(this.connectTimer)
    this.aliveTimer = undefined
    this.media?.close()
    this.media = null
    this.early = []
    useCall.getState().patch({ phase: 'ended', notice })
    useCall.getState().mediaChanged()
  }

  private quiet(): void {
    this.stopRinging?.()
    this.stopRinging = null
  }

  private keepAlive(): void {
    if (this.aliveTimer) return
    this.aliveTimer = setInterval(() => this.sayAlive(), ALIVE_MS)
    this.sayAlive()
  }

  private sayAlive(): void {
    const s: CallScreen | null = useCall.getState().screen
    if (!s?.call || !this.aliveTimer || s.phase === 'ended' || s.phase === 'incoming') return
    socket.send({ event: 'call.alive', data: { callId: s.call.id } })
  }
}

export const calls = new Calls()
