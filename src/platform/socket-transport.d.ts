/** The least a WebSocket must do for src/services/socket.ts, with the server's close code intact. */
export interface SocketTransport {
  onOpen(cb: () => void): void
  onMessage(cb: (data: string) => void): void
  onClose(cb: (code: number) => void): void
  send(data: string): void
  close(code: number): void
}

/** Opens `${wsBase}/ws` authenticated as this build can: a header in the mini-program, a ticket in browsers. */
export function openTransport(wsBase: string, accessToken: string): Promise<SocketTransport>
