import Taro, { useDidHide } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import type { Consultation, Message } from '@pocket/contract'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { messageOf } from '@/services/api-error'
import { consultApi } from '@/services/consult'
import { useConsult } from '@/stores/consult'
import { voicePlayer } from './voice-player'

const PAGE_SIZE = 30
const NONE: Message[] = []

export type Side = 'resident' | 'adviser'
/** Where paging back stands: another page can be asked for, one is on its way, or there is none. */
export type Older = 'idle' | 'loading' | 'none'

/** The resident's conversation (opened or made on first visit), or the one an adviser tapped in the inbox. */
async function loadConsultation(id: string | undefined): Promise<Consultation> {
  if (!id) return consultApi.open()
  const found = (await consultApi.list()).items.find((c) => c.id === id)
  if (!found) throw new Error('not found')
  return found
}

/** The newest note of the system (resolved, reopened, handed over) among the messages held. */
function lastNote(messages: readonly Message[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].body.kind === 'system') return messages[i].seq
  return 0
}

/**
 * One conversation as the chat page shows it: the consultation, its history paged backwards from
 * the newest (messages arrive through the consult service into the store), what this device still
 * has to send, read marks both ways, and the adviser's resolve and reopen.
 */
export function useConversation(id: string | undefined, mySide: Side) {
  const consultation = useResource(`consultation:${id ?? 'mine'}`, () => loadConsultation(id))
  const [changed, setChanged] = useState<Consultation | null>(null)
  const c = changed?.id === consultation.data?.id ? changed : consultation.data
  const messages = useConsult((s) => (c ? (s.messages[c.id] ?? NONE) : NONE))
  const allPending = useConsult((s) => s.outbox)
  const pending = useMemo(() => allPending.filter((i) => i.consultationId === c?.id), [allPending, c?.id])
  const peerRead = useConsult((s) => (c ? Math.max(s.peerRead[c.id] ?? 0, c.peerReadSeq) : 0))
  const [older, setOlder] = useState<Older>('idle')

  // The newest page once the conversation is known; earlier pages when scrolled to the top.
  useEffect(() => {
    if (!c) return
    consultApi.messages(c.id, { beforeSeq: c.lastSeq + 1, limit: PAGE_SIZE }).then(
      (page) => {
        useConsult.getState().merge(c.id, page.items)
        if (!page.hasMore) setOlder('none')
      },
      () => undefined,
    )
  }, [c])
  const loadOlder = async () => {
    const first = messages[0]?.seq
    if (!c || !first || older !== 'idle') return
    setOlder('loading')
    const page = await consultApi.messages(c.id, { beforeSeq: first, limit: PAGE_SIZE }).catch(() => null)
    if (page) useConsult.getState().merge(c.id, page.items)
    setOlder(page && !page.hasMore ? 'none' : 'idle')
  }

  // What is on screen is read: tell the server (and through it the other side). My own messages
  // are read by me already (the data center marks them so when it stores them).
  const lastTheirs = [...messages].reverse().find((m) => m.sender.role !== mySide)?.seq ?? 0
  const [readSent, setReadSent] = useState(0)
  useEffect(() => {
    if (!c || lastTheirs <= Math.max(readSent, c.readSeq)) return
    setReadSent(lastTheirs)
    void consultApi.read(c.id, lastTheirs).catch(() => setReadSent(0))
  }, [c, lastTheirs, readSent])

  useOnReturn(consultation.reload)
  // Resolved, reopened, handed over: a note newer than the consultation as loaded changed its state.
  const note = lastNote(messages)
  const { reload } = consultation
  useEffect(() => {
    if (!c || note <= c.lastSeq) return
    setChanged(null)
    reload()
  }, [c, note, reload])

  useDidHide(() => voicePlayer.stop())
  useEffect(() => () => voicePlayer.stop(), [])

  /** The adviser resolves or reopens; a refusal is said in a toast and changes nothing. */
  const act = async (action: (id: string) => Promise<Consultation>) => {
    if (!c) return
    try {
      setChanged(await action(c.id))
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' })
    }
  }

  /** The message again, with fresh file links (they expire while a page stays open). */
  const refresh = async (seq: number) => {
    if (!c) return null
    const page = await consultApi.messages(c.id, { afterSeq: seq - 1, limit: 1 }).catch(() => null)
    const fresh = page?.items.find((m) => m.seq === seq)
    if (fresh) useConsult.getState().merge(c.id, [fresh])
    return fresh?.body ?? null
  }

  return { consultation, c, messages, pending, peerRead, older, loadOlder, act, refresh, rated: setChanged }
}
