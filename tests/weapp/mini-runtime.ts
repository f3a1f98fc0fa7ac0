/**
 * Runs Taro's real weapp output (dist/weapp) in miniprogram-simulate: App and Page are
 * shimmed onto j-component, wx.request is answered by a real BFF over HTTP.
 */
import { join } from 'node:path'
import simulate from 'miniprogram-simulate'
import WebSocket from 'ws'
import { WEAPP_DIR as WEAPP } from '../support/builds'

type AnyFn = (...args: unknown[]) => unknown
type Options = Record<string, unknown>

const g = globalThis as unknown as Record<string, unknown> & { wx: Record<string, unknown> }
let app: Options | null = null
const pages: Options[] = []
/** The query the next rendered page is opened with (its onLoad options). */
let nextQuery: Record<string, string> = {}

/** Taro calls App(createReactApp(...)): keep the options as the app instance and launch it. */
g.App = (options: Options) => {
  app = options
}
g.getApp = () => app
g.getCurrentPages = () => pages

/** Taro calls Page(createPageConfig(...)): register it as a component that runs the page lifecycle. */
g.Page = (options: Options) => {
  const methods: Record<string, AnyFn> = {}
  const data = (options.data ?? {}) as Options
  for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v as AnyFn
  const Component = g.Component as (o: Options) => void
  Component({
    data,
    methods,
    lifetimes: {
      attached(this: Options & { onLoad?: AnyFn; onShow?: AnyFn; onReady?: AnyFn }) {
        pages.push(this)
        this.onLoad?.call(this, nextQuery)
        this.onShow?.call(this)
        this.onReady?.call(this)
      },
    },
  })
}

export interface Storage {
  [key: string]: unknown
}

/** wx APIs the pages use, on top of miniprogram-simulate's mocks. */
export function installWx(bffUrl: string, storage: Storage, loginCode: () => string): void {
  const wx = g.wx
  wx.getStorageSync = (k: string) => storage[k] ?? ''
  wx.setStorageSync = (k: string, v: unknown) => {
    storage[k] = v
  }
  wx.removeStorageSync = (k: string) => {
    delete storage[k]
  }
  wx.getStorageInfoSync = () => ({ keys: Object.keys(storage), currentSize: 0, limitSize: 10240 })
  wx.login = (o: { success?: AnyFn; complete?: AnyFn }) => {
    const res = { code: loginCode(), errMsg: 'login:ok' }
    o.success?.(res)
    o.complete?.(res)
  }
  wx.request = (o: {
    url: string
    method?: string
    data?: string
    header?: Record<string, string>
    success?: AnyFn
    fail?: AnyFn
    complete?: AnyFn
  }) => {
    const url = o.url.replace(/^https?:\/\/[^/]+/, bffUrl)
    fetch(url, { method: o.method ?? 'GET', headers: o.header, body: o.data })
      .then(async (res) => {
        const text = await res.text()
        const r = {
          statusCode: res.status,
          data: text ? (JSON.parse(text) as unknown) : '',
          header: {},
          errMsg: 'request:ok',
        }
        o.success?.(r)
        o.complete?.(r)
      })
      .catch((err: unknown) => {
        const r = { errMsg: `request:fail ${String(err)}` }
        o.fail?.(r)
        o.complete?.(r)
      })
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
  }
  wx.connectSocket = () => ({ onOpen() {}, onMessage() {}, onError() {}, onClose() {}, send() {}, close() {} })
}

/**
 * wx.connectSocket on a real WebSocket to the BFF, with the headers, frames and close codes
 * WeChat's SocketTask gives; Taro takes the task once `success` is called, as in WeChat.
 */
export function bridgeSockets(bffUrl: string): { ready: Promise<void> } {
  let isReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (isReady = resolve))
  g.wx.connectSocket = (o: { url: string; header?: Record<string, string>; success?: AnyFn }) => {
    const ws = new WebSocket(o.url.replace(/^wss?:\/\/[^/]+/, bffUrl.replace(/^http/, 'ws')), { headers: o.header })
    ws.on('error', () => undefined) // reported through onClose, as WeChat does
    ws.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString('utf8')) as { event?: string }).event === 'ready') isReady()
    })
    const task = {
      onOpen: (cb: AnyFn) => ws.on('open', () => cb({})),
      onMessage: (cb: AnyFn) => ws.on('message', (data: Buffer) => cb({ data: data.toString('utf8') })),
      onError: (cb: AnyFn) => ws.on('error', (e: Error) => cb({ errMsg: e.message })),
      onClose: (cb: AnyFn) => ws.on('close', (code: number, reason: Buffer) => cb({ code, reason: String(reason) })),
      send: ({ data }: { data: string }) => ws.send(data),
      close: ({ code }: { code?: number } = {}) => ws.close(code ?? 1000),
    }
    setTimeout(() => o.success?.({ errMsg: 'connectSocket:ok' }), 0)
    return task
  }
  return { ready }
}

let launched = false

/** Loads app.js once per process and launches it, as WeChat would. */
export function launchApp(): void {
  if (launched) return
  launched = true
  // WeChat evaluates app.js as a CommonJS script; so does this.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(join(WEAPP, 'app.js'))
  if (!app) throw new Error('dist/weapp/app.js did not call App()')
  const a = app as { onLaunch?: AnyFn; onShow?: AnyFn }
  a.onLaunch?.call(app, {})
  a.onShow?.call(app, {})
}

/** Renders one page of dist/weapp into a container attached to the document. */
const loaded = new Map<string, string>()

export function renderPage(
  route: string,
  query: Record<string, string> = {},
): { root: ReturnType<typeof simulate.render>; dom: Element } {
  nextQuery = query
  // A page's script runs once per process, as in WeChat: a second visit renders the same definition.
  let id = loaded.get(route)
  if (!id) loaded.set(route, (id = simulate.load(join(WEAPP, route), { rootPath: WEAPP })))
  const root = simulate.render(id)
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  root.attach(parent)
  return { root, dom: root.dom as Element }
}

/** Resolves once `ok` holds of the rendered page: watched as the page changes, not polled. */
function watch(dom: Element, ok: () => boolean, failure: () => string, timeoutMs: number): Promise<void> {
  if (ok()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
    }
    const observer = new MutationObserver(() => {
      if (!ok()) return
      done()
      resolve()
    })
    const timer = setTimeout(() => {
      done()
      reject(new Error(failure()))
    }, timeoutMs)
    observer.observe(dom, { childList: true, subtree: true, characterData: true, attributes: true })
  })
}

/** Taro renders asynchronously: resolves when the rendered DOM shows the text. */
export function waitForText(dom: Element, text: string, timeoutMs = 10_000): Promise<void> {
  return watch(
    dom,
    () => !!dom.textContent?.includes(text),
    () => `"${text}" did not appear; the page shows: ${dom.textContent?.slice(0, 500)}`,
    timeoutMs,
  )
}

/** Resolves when the page no longer shows `text` (a message a change cleared). */
export function waitForNoText(dom: Element, text: string, timeoutMs = 10_000): Promise<void> {
  return watch(
    dom,
    () => !dom.textContent?.includes(text),
    () => `"${text}" stayed on the page`,
    timeoutMs,
  )
}

/** Resolves when an element matching `selector` is rendered (a class a tap toggled, say). */
export function waitForSelector(dom: Element, selector: string, timeoutMs = 10_000): Promise<void> {
  return watch(
    dom,
    () => !!dom.querySelector(selector),
    () => `nothing matched ${selector}`,
    timeoutMs,
  )
}
