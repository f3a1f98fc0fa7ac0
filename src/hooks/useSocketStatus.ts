import { useSyncExternalStore } from 'react'
import { socket, type SocketStatus } from '@/services/socket'

const subscribe = (onChange: () => void): (() => void) => {
  const off = socket.onStatus(onChange)
  return () => void off()
}
const read = (): SocketStatus => socket.status

/**
 * The live state of the one socket. Read through useSyncExternalStore so a change that lands
 * between the first render and the subscription is not missed (the socket often opens just
 * as the page mounts).
 */
export function useSocketStatus(): SocketStatus {
  return useSyncExternalStore(subscribe, read, read)
}
