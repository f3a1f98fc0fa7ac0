import Taro from '@tarojs/taro'
import type { SocketTransport } from './socket-transport'

// wx.connectSocket can send headers, and its onClose reports the server's close code.
export async function openTransport(wsBase: string, accessToken: string): Promise<SocketTransport> {
  const task = await Taro.connectSocket({ url: `${wsBase}/ws`, header: { Authorization: `Bearer ${accessToken}` } })
  return {
    onOpen: (cb) => task.onOpen(() => cb()),
    onMessage: (cb) => task.onMessage((m) => cb(String(m.data))),
    onClose: (cb) => task.onClose((r) => cb(r.code)),
    send: (data) => void task.send({ data }),
    close: (code) => void task.close({ code }),
  }
}
