import type { Server } from 'node:http'
import { closeServer, listenJson } from './http-json'

export interface SentSms {
  phone: string
  template: string
  params: Record<string, unknown>
}

/** The SMS provider's HTTP API as the BFF's http driver speaks it; records every message. */
export class SmsGatewayEmulator {
  readonly key = 'sms-emulator-key'
  readonly sent: SentSms[] = []
  url = ''
  private server?: Server
  private readonly failing = new Set<string>()
  private readonly waiters: { match: (m: SentSms) => boolean; resolve: (m: SentSms) => void }[] = []

  /** Answers this much later (a slow provider): a send then takes longer than a notifier's poll. */
  answerDelayMs = 0

  /** The provider refuses the next message to this phone (an outage, a blocked number). */
  failNext(phone: string): void {
    this.failing.add(phone)
  }

  async start(): Promise<this> {
    const { server, url } = await listenJson(
      (req, body, u) => {
        if (req.method !== 'POST' || u.pathname !== '/messages') return { status: 404, json: { error: 'not found' } }
        if (req.headers.authorization !== `Bearer ${this.key}`) return { status: 401, json: { error: 'bad key' } }
        const sms = JSON.parse(body) as SentSms
        if (this.failing.delete(sms.phone)) return { status: 503, json: { error: 'provider unavailable' } }
        this.sent.push(sms)
        for (const w of this.waiters.filter((w) => w.match(sms))) {
          this.waiters.splice(this.waiters.indexOf(w), 1)
          w.resolve(sms)
        }
        return { status: 202, json: { id: String(this.sent.length) } }
      },
      () => this.answerDelayMs,
    )
    this.server = server
    this.url = url
    return this
  }

  /** Resolves with the first message (already sent or still to come) that matches. */
  waitFor(match: (m: SentSms) => boolean, timeoutMs = 20_000): Promise<SentSms> {
    const seen = this.sent.find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching SMS within ${timeoutMs} ms`)), timeoutMs)
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer)
          resolve(m)
        },
      })
    })
  }

  /** The newest login code sent to a phone. */
  lastCode(phone: string): string {
    const m = [...this.sent].reverse().find((s) => s.phone === phone)
    if (!m) throw new Error(`no SMS was sent to ${phone}`)
    return String(m.params.code)
  }

  stop(): Promise<void> {
    return this.server ? closeServer(this.server) : Promise.resolve()
  }
}
