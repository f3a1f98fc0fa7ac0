import { authApi } from '@/services/auth'
import type { SocketTransport } from './socket-transport'

/**
 * The browser's own WebSocket: it cannot send headers, so the access token is traded for a
 * short-lived ticket; and Taro's H5 SocketTask reports every server close as 1006, losing the
 * codes that say "refresh your token" (4401) or "signed out" (4403).
 */
export async function openTransport(wsBase: string, _accessToken: string): Promise<SocketTransport> {
  const { ticket } = await authApi.wsTicket()
  const ws = new WebSocket(`${wsBase}/ws?ticket=${encodeURIComponent(ticket)}`)
  return {
    onOpen: (cb) => ws.addEventListener('open', () => cb()),
    onMessage: (cb) => ws.addEventListener('message', (e: MessageEvent) => cb(String(e.data))),
    onClose: (cb) => ws.addEventListener('close', (e: CloseEvent) => cb(e.code)),
    send: (data) => ws.send(data),
    close: (code) => ws.close(code),
  }
}
