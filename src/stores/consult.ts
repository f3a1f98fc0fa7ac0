import type { Message } from '@pocket/contract'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

/**
 * What a waiting message says. A photo or voice note is a local file until it is uploaded; its
 * file id is kept once it is, so a resend does not upload it twice. `kept` names the copy of the
 * file that survives an app restart (`platform/kept-files`); `path` is where it is in this run.
 */
export type Draft =
  | { kind: 'text'; text: string }
  | { kind: 'image'; path: string; width: number; height: number; fileId?: string; kept?: string }
  | { kind: 'voice'; path: string; durationMs: number; fileId?: string; kept?: string }
  | { kind: 'card'; requestNumber: string; title: string }
  | { kind: 'handover'; target: 'booking' | 'legal_aid'; itemCode?: string; itemName?: string; note: string }

/** A message written on this device and not yet stored by the data center. */
export interface OutboxItem {
  clientId: string
  consultationId: string
  draft: Draft
  createdAt: number
  /** Why the server refused it (it will not go out again unless retried); null while waiting. */
  failed: string | null
  /** 0–100 while its file is uploading. */
  progress?: number
}

interface ConsultState {
  /** Waits in device storage: survives an app restart and goes out in order when the network is back. */
  outbox: OutboxItem[]
  /** Stored messages by conversation, ordered by sequence, one copy per sequence. */
  messages: Record<string, Message[]>
  /** The other side's read mark, by conversation. */
  peerRead: Record<string, number>
  /**
   * Messages that came over the socket, newest last (the last ARRIVED_KEPT), and how many came in
   * all: a screen that follows what arrives (the inbox) reads those after the count it last saw.
   */
  arrived: { count: number; recent: Message[] }
  /** A question carried from 智能咨询 to the chat, waiting in the composer for the resident to send (kept across sign-in). */
  carried: string
  carry(text: string): void
  enqueue(item: OutboxItem): void
  /** The message left the outbox: stored as `stored` (shown in its place in the same update). */
  settle(clientId: string, stored?: Message): void
  fail(clientId: string, reason: string | null): void
  update(clientId: string, change: Partial<OutboxItem>): void
  merge(consultationId: string, incoming: Message[]): void
  /** A message came over the socket: held with the others, and told to the screens that follow arrivals. */
  arrive(message: Message): void
  setPeerRead(consultationId: string, seq: number): void
  clear(): void
}

/** The messages by conversation with `incoming` in their places, one copy per sequence. */
function merged(all: Record<string, Message[]>, consultationId: string, incoming: Message[]) {
  const bySeq = new Map((all[consultationId] ?? []).map((m) => [m.seq, m]))
  for (const m of incoming) bySeq.set(m.seq, m)
  return { ...all, [consultationId]: [...bySeq.values()].sort((a, b) => a.seq - b.seq) }
}

/**
 * The last sequence held with none missing back to the oldest one held (0 when none is): what
 * comes after it must be fetched. Sequences are gapless, so a hole is a message this device missed.
 */
export function heldThrough(list: readonly Message[]): number {
  let i = 0
  while (i + 1 < list.length && list[i + 1].seq === list[i].seq + 1) i++
  return list[i]?.seq ?? 0
}

/** How many arrivals are kept for a screen that has not read them yet (more than come between two renders). */
const ARRIVED_KEPT = 50

export const useConsult = create<ConsultState>()(
  persist(
    (set) => ({
      outbox: [],
      messages: {},
      peerRead: {},
      arrived: { count: 0, recent: [] },
      carried: '',
      carry: (carried) => set({ carried }),
      enqueue: (item) => set((s) => ({ outbox: [...s.outbox, item] })),
      settle: (clientId, stored) =>
        set((s) => ({
          outbox: s.outbox.filter((i) => i.clientId !== clientId),
          ...(stored && { messages: merged(s.messages, stored.consultationId, [stored]) }),
        })),
      fail: (clientId, reason) =>
        set((s) => ({ outbox: s.outbox.map((i) => (i.clientId === clientId ? { ...i, failed: reason } : i)) })),
      update: (clientId, change) =>
        set((s) => ({ outbox: s.outbox.map((i) => (i.clientId === clientId ? { ...i, ...change } : i)) })),
      merge: (consultationId, incoming) => set((s) => ({ messages: merged(s.messages, consultationId, incoming) })),
      arrive: (m) =>
        set((s) => ({
          messages: merged(s.messages, m.consultationId, [m]),
          arrived: { count: s.arrived.count + 1, recent: [...s.arrived.recent, m].slice(-ARRIVED_KEPT) },
        })),
      setPeerRead: (consultationId, seq) =>
        set((s) => ({ peerRead: { ...s.peerRead, [consultationId]: Math.max(seq, s.peerRead[consultationId] ?? 0) } })),
      clear: () =>
        set((s) => ({
          outbox: [],
          messages: {},
          peerRead: {},
          arrived: { count: s.arrived.count, recent: [] },
          carried: '',
        })),
    }),
    {
      name: 'pocket12348.outbox',
      version: 2,
      storage: taroStorage,
      // Only the unsent messages (and a carried question) are kept on the device; the history comes from the server.
      partialize: (s) => ({ outbox: s.outbox.map(({ progress: _, ...i }) => i), carried: s.carried }),
      // Version 1 kept texts only, as `text`.
      migrate: (persisted, version) => {
        const state = persisted as { outbox?: (OutboxItem & { text?: string })[] }
        if (version < 2)
          state.outbox = (state.outbox ?? []).map(({ text, ...i }) => ({
            ...i,
            draft: { kind: 'text', text: text ?? '' },
          }))
        return state
      },
    },
  ),
)
