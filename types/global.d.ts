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
