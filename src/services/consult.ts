import type {
  ConsultationRating,
  ConsultationsQuery,
  MessageBody,
  MessagePreview,
  MessagesQuery,
} from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { said, t } from '@/i18n'
import { dropKept, keepFile, openKept } from '@/platform/kept-files'
import { heldThrough, useConsult, type Draft, type OutboxItem } from '@/stores/consult'
import { useSession } from '@/stores/session'
import { ApiError, messageOf } from './api-error'
import { backoffDelay } from './backoff'
import { newIdempotencyKey } from './idempotency'
import { api } from './request'
import { socket } from './socket'
import { uploadsApi } from './uploads'

export const consultApi = {
  open: () => api(appRoutes.openConsultation),
  list: (query: Partial<ConsultationsQuery> = {}) => api(appRoutes.consultations, { query }),
  messages: (id: string, query: Partial<MessagesQuery>) =>
    api(appRoutes.consultationMessages, { params: { id }, query }),
  read: (id: string, seq: number) => api(appRoutes.readConsultation, { params: { id }, body: { seq } }),
  resolve: (id: string) => api(appRoutes.resolveConsultation, { params: { id } }),
  reopen: (id: string) => api(appRoutes.reopenConsultation, { params: { id } }),
  rate: (id: string, rating: ConsultationRating) => api(appRoutes.rateConsultation, { params: { id }, body: rating }),
  savedReplies: () => api(appRoutes.savedReplies),
  saveReplies: (items: string[]) => api(appRoutes.saveReplies, { body: { items } }),
  setAway: (until: string | null) => api(appRoutes.setAway, { body: { until } }),
  figures: () => api(appRoutes.adviserFigures),
  overdue: () => api(appRoutes.overdueConsultations),
}

/** The line a list shows for a conversation's newest message. */
export function previewOf(m: MessagePreview): string {
  if (m.kind === 'image') return t('chat.preview.image')
  if (m.kind === 'voice') return t('chat.preview.voice')
  if (m.kind === 'card') return t('chat.preview.card', { title: m.text })
  if (m.kind === 'handover') return t('chat.preview.handover')
  return said(m.notice, m.text)
}

/** No ack in this time: the frame or its ack was lost; send it again (the same client id is the same message). */
const ACK_TIMEOUT_MS = 15_000

/** Uploads of one file tried this many times with the socket up before it counts as gone. */
const UPLOAD_TRIES = 4

/** Failures of the network or a server that is down: worth trying again later, in order. */
const TRANSIENT = new Set(['NETWORK', 'TIMEOUT', 'UPSTREAM_UNAVAILABLE', 'INTERNAL', 'RATE_LIMITED', 'UNAUTHENTICATED'])

/**
 * The outbox drains over the one socket in the order messages were written, one at a time: the
 * next goes only after the data center stored the previous one (its ack), so the order the person
 * wrote is the order in the conversation. A lost frame or ack is sent again under the same client
 * id; a refusal is kept with its reason for the person to see.
 */
class Outbox {
  private inFlight: string | null = null
  private uploading = false
  private ackTimer: ReturnType<typeof setTimeout> | undefined
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private attempt = 0
  private started = false
  private restoring: Promise<void> | null = null
  private readonly filling = new Map<string, Promise<void>>()
  private readonly refill = new Set<string>()

  start(): void {
    if (this.started) return
    this.started = true
    this.restoring = this.restoreFiles().finally(() => {
      this.restoring = null
      this.drain()
    })
    socket.on('message.ack', ({ clientId, message }) => {
      if (clientId !== this.inFlight) return
      this.done()
      this.attempt = 0
      const draft = useConsult.getState().outbox.find((i) => i.clientId === clientId)?.draft
      useConsult.getState().settle(clientId, message)
      if (draft && 'kept' in draft && draft.kept) void dropKept(draft.kept).catch(() => undefined)
      this.drain()
    })
    socket.on('message.failed', ({ clientId, message: text, notice, retry }) => {
      const message = said(notice, text)
      if (clientId !== this.inFlight) return
      this.done()
      if (retry) {
        // The data center is unreachable: try again later, keeping the order.
        this.retryTimer = setTimeout(() => this.drain(), backoffDelay(this.attempt++))
        return
      }
      useConsult.getState().fail(clientId, message)
      this.drain()
    })
    socket.on('message.new', (m) => {
      useConsult.getState().arrive(m)
      // A frame before it never came (lost between servers, or while a socket was replaced).
      if (heldThrough(useConsult.getState().messages[m.consultationId] ?? []) < m.seq) void this.fill(m.consultationId)
    })
    // Both sides hear of every read mark; only the other side's is a read receipt.
    socket.on('message.read', ({ consultationId, side, seq }) => {
      const mine = useSession.getState().me?.role === 'resident' ? 'resident' : 'adviser'
      if (side !== mine) useConsult.getState().setPeerRead(consultationId, seq)
    })
    socket.onStatus((s) => {
      if (s === 'open') {
        this.done()
        void this.catchUp()
        this.drain()
      }
    })
    this.drain()
  }

  /**
   * Writes a message: it shows at once as sending and goes out as soon as it can. A photo or voice
   * note is first kept where it survives a restart of the app (a copy on the device).
   */
  async send(consultationId: string, draft: Draft): Promise<void> {
    useConsult.getState().enqueue({
      clientId: `m-${newIdempotencyKey()}`.slice(0, 64),
      consultationId,
      draft: draft.kind === 'image' || draft.kind === 'voice' ? await kept(draft) : draft,
      createdAt: Date.now(),
      failed: null,
    })
    this.drain()
  }

  /** After a restart: the kept photos and voice notes of waiting messages get this run's paths. */
  private async restoreFiles(): Promise<void> {
    for (const { clientId, draft } of useConsult.getState().outbox) {
      if ((draft.kind !== 'image' && draft.kind !== 'voice') || !draft.kept) continue
      const path = await openKept(draft.kept).catch(() => null)
      // A file that is gone fails its upload, and the person is told to pick it again.
      if (path) useConsult.getState().update(clientId, { draft: { ...draft, path } })
    }
  }

  /** Puts a refused message back in line (after the person changed nothing but wants it sent). */
  retry(clientId: string): void {
    useConsult.getState().fail(clientId, null)
    this.drain()
  }

  private drain(): void {
    if (this.restoring || this.inFlight || this.uploading || socket.status !== 'open') return
    clearTimeout(this.retryTimer)
    const next = useConsult.getState().outbox.find((i) => i.failed === null)
    if (!next) return
    const message = this.bodyOf(next)
    if (!message) return void this.upload(next)
    const sent = socket.send({
      event: 'message.send',
      data: { consultationId: next.consultationId, clientId: next.clientId, message },
    })
    if (!sent) return
    this.inFlight = next.clientId
    this.ackTimer = setTimeout(() => {
      this.inFlight = null
      this.drain()
    }, ACK_TIMEOUT_MS)
  }

  /** The message to send, or null while its photo or voice note still has to be uploaded. */
  private bodyOf({ draft }: OutboxItem): MessageBody | null {
    switch (draft.kind) {
      case 'text':
        return draft
      case 'card':
        return { kind: 'card', requestNumber: draft.requestNumber }
      case 'handover':
        return { kind: 'handover', target: draft.target, itemCode: draft.itemCode, note: draft.note }
      case 'image':
        return draft.fileId ? { kind: 'image', fileId: draft.fileId, width: draft.width, height: draft.height } : null
      case 'voice':
        return draft.fileId ? { kind: 'voice', fileId: draft.fileId, durationMs: draft.durationMs } : null
    }
  }

  /**
   * Uploads a waiting photo or voice note (one at a time, in order), keeps its file id with the
   * message, then sends it. A refusal (too big, wrong type) is the message's failure; a bad
   * network is tried again later.
   */
  private async upload(item: OutboxItem): Promise<void> {
    const { update, fail } = useConsult.getState()
    if (item.draft.kind !== 'image' && item.draft.kind !== 'voice') return
    this.uploading = true
    try {
      const file = await uploadsApi.upload(item.draft.path, {
        onProgress: (progress) => update(item.clientId, { progress }),
      })
      update(item.clientId, { draft: { ...item.draft, fileId: file.id }, progress: undefined })
      this.attempt = 0
      this.uploading = false
      this.drain()
    } catch (err) {
      this.uploading = false
      update(item.clientId, { progress: undefined })
      if (err instanceof ApiError && !TRANSIENT.has(err.code)) {
        fail(item.clientId, messageOf(err))
        return this.drain()
      }
      // Failing again and again while the socket is up: the local file is likely gone (a
      // reloaded page's blob, a cleaned-up temp file). The person sees why and can retry.
      if (this.attempt >= UPLOAD_TRIES && socket.status === 'open') {
        this.attempt = 0
        fail(item.clientId, t('chat.fileGone'))
        return this.drain()
      }
      this.retryTimer = setTimeout(() => this.drain(), backoffDelay(this.attempt++))
    }
  }

  private done(): void {
    clearTimeout(this.ackTimer)
    this.inFlight = null
  }

  /** After any reconnect: what was missed, for every conversation on screen. */
  private async catchUp(): Promise<void> {
    for (const id of Object.keys(useConsult.getState().messages)) await this.fill(id)
  }

  /**
   * Fetches a conversation's messages after the last one held with none missing before it. One
   * fetch per conversation at a time; a hole found meanwhile is filled when it ends.
   */
  private fill(id: string): Promise<void> {
    const running = this.filling.get(id)
    if (running) {
      this.refill.add(id)
      return running
    }
    const run = (async () => {
      do {
        this.refill.delete(id)
        await this.fetchMissing(id)
      } while (this.refill.has(id))
    })().finally(() => this.filling.delete(id))
    this.filling.set(id, run)
    return run
  }

  private async fetchMissing(id: string): Promise<void> {
    const { merge } = useConsult.getState()
    for (;;) {
      const after = heldThrough(useConsult.getState().messages[id] ?? [])
      const page = await consultApi.messages(id, { afterSeq: after, limit: 100 }).catch(() => null)
      if (!page) return
      merge(id, page.items)
      // Stop when the server has no more, or nothing moved (never loop on an answer that does not help).
      if (!page.hasMore || heldThrough(useConsult.getState().messages[id] ?? []) === after) return
    }
  }
}

/** The draft with its file kept; as it was when the device cannot keep it (still sent in this run). */
async function kept<D extends Extract<Draft, { path: string }>>(draft: D): Promise<D> {
  try {
    const { ref, path } = await keepFile(draft.path)
    return { ...draft, path, kept: ref }
  } catch {
    return draft
  }
}

export const outbox = new Outbox()
