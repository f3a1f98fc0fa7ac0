declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: 'development' | 'production' | 'test'
    TARO_ENV?: 'weapp' | 'h5'
    /** Base URL of the BFF, fixed at build time ('' = same origin). */
    TARO_APP_API?: string
  }
}

/** Tencent's TRTC state machine for live-pusher/live-player (ships as plain JS). */
declare module 'trtc-wx-sdk' {
  type Attributes = Record<string, unknown>
  export interface TrtcPlayer extends Attributes {
    id: string
    streamID: string
  }
  export default class TRTC {
    constructor(page: unknown)
    EVENT: Record<string, string>
    createPusher(config: Attributes): { pusherAttributes: Attributes }
    enterRoom(options: Attributes): Attributes
    exitRoom(): { pusher: Attributes; playerList: TrtcPlayer[] }
    getPusherInstance(): { start(): void; stop(): void; switchCamera(): void }
    setPusherAttributes(change: Attributes): Attributes
    setPlayerAttributes(id: string, change: Attributes): TrtcPlayer[]
    on(event: string, handler: (event: { data: Record<string, unknown> }) => void): void
    off(event: string): void
    pusherEventHandler(event: unknown): void
    pusherNetStatusHandler(event: unknown): void
    pusherErrorHandler(event: unknown): void
    playerEventHandler(event: unknown): void
    playerNetStatus(event: unknown): void
  }
}
