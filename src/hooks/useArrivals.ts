import { useEffect, useRef } from 'react'
import type { Message } from '@pocket/contract'
import { useConsult } from '@/stores/consult'

/**
 * Calls `handle` with the messages that came over the socket since it last did, oldest first: a
 * screen follows new messages through the consult store, never by listening to the socket itself.
 * Several arriving between two renders come together, none missed.
 */
export function useArrivals(handle: (messages: Message[]) => void): void {
  const arrived = useConsult((s) => s.arrived)
  const seen = useRef(arrived.count)
  const latest = useRef(handle)
  latest.current = handle
  useEffect(() => {
    const fresh = arrived.count - seen.current
    seen.current = arrived.count
    if (fresh > 0) latest.current(arrived.recent.slice(-fresh))
  }, [arrived])
}
