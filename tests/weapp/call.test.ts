import type { AuthSession, Call } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { requireBuild } from '../support/builds'
import { ADVISER_PHONE, device, residentWithConsultation } from '../support/consult'
import { startStack, type Stack } from '../support/stack'
import type { Opened } from '../support/ws-client'
import { bridgeSockets, installWx, launchApp, renderPage, waitForText, type Storage } from './mini-runtime'

const SDK_APP_ID = '1400000001'

describe('weapp call page (dist/weapp) in miniprogram-simulate, signalled through a real BFF', () => {
  let stack: Stack
  let adviser: Opened
  let ready: Promise<void>
  let consultationId = ''
  const storage: Storage = {}
  const navigations: string[] = []
  const sounds: string[] = []
  let vibrations = 0

  beforeAll(async () => {
    requireBuild('weapp')
    // trtc-wx-sdk logs every step of its state machine.
    for (const level of ['log', 'info', 'warn'] as const) jest.spyOn(console, level).mockImplementation(() => undefined)
    stack = await startStack({
      backend: 'pglite',
      extraBffEnv: { TRTC_SDK_APP_ID: SDK_APP_ID, TRTC_SECRET_KEY: 'trtc-secret-0123456789abcdef0123456789abcdef' },
    })
    const r = await residentWithConsultation(stack, '13966662001')
    consultationId = r.consultation.id
    const me = await call<AuthSession['me']>(stack.bffUrl, 'GET', '/api/v1/me', { token: r.session.accessToken })
    storage['pocket12348.session'] = JSON.stringify({
      state: { accessToken: r.session.accessToken, refreshToken: r.session.refreshToken, me: me.body },
      version: 1,
    })
    installWx(stack.bffUrl, storage, () => stack.wechat.issueCode('openid-weapp-call'))
    ready = bridgeSockets(stack.bffUrl).ready
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    // What a phone does for a call that miniprogram-simulate has no mock of: ring, vibrate, permissions.
    Object.assign(wx, {
      navigateTo: (o: { url: string; success?: () => void }) => {
        navigations.push(o.url)
        o.success?.()
      },
      getFileSystemManager: () => ({ writeFileSync: () => undefined }),
      createInnerAudioContext: () => ({
        set src(v: string) {
          sounds.push(v)
        },
        play: () => sounds.push('play'),
        stop: () => sounds.push('stop'),
        destroy: () => undefined,
      }),
      vibrateLong: (o: { success?: () => void }) => {
        vibrations++
        o.success?.()
      },
      getSetting: (o: { success?: (r: unknown) => void }) => o.success?.({ authSetting: {}, errMsg: 'getSetting:ok' }),
      authorize: (o: { success?: (r: unknown) => void }) => o.success?.({ errMsg: 'authorize:ok' }),
      createLivePusherContext: () => ({ start: () => undefined, stop: () => undefined, switchCamera: () => undefined }),
      createLivePlayerContext: () => ({ play: () => undefined, stop: () => undefined }),
    })
    launchApp()
    const token = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    adviser = await device(stack.bffUrl, token)
    await ready
  })
  afterAll(async () => {
    adviser?.ws.close()
    await stack?.stop()
  })

  it('rings for the adviser’s video call; answered, it enters the TRTC room with live-pusher; hung up, it says so', async () => {
    adviser.emit('call.invite', { consultationId, kind: 'video' })
    const rang = (await adviser.waitFor('call.state', (d) => (d as { call: Call }).call.state === 'ringing')) as {
      call: Call
    }
    const { root, dom } = renderPage('packages/call/screen/index')
    await waitForText(dom, '邀请您视频通话')
    expect(dom.textContent).toContain('马晓梅')
    expect(navigations.at(-1)).toMatch(/packages\/call\/screen\/index/)
    expect(sounds).toContain('play')
    expect(vibrations).toBeGreaterThan(0)

    root.querySelector('.call-accept')?.dispatchEvent('tap')
    await adviser.waitFor('call.state', (d) => (d as { call: Call }).call.state === 'active')
    await waitForText(dom, '静音')
    expect(sounds).toContain('stop')
    // The native pusher, on the room named by the call, with this resident's UserSig for it.
    const pusher = await waitForElement(dom, 'wx-live-pusher')
    const props = Object.values(nodeData(root, pusher.getAttribute('data-sid') ?? ''))
    expect(props).toContain('RTC') // mode
    const url = decodeURIComponent(
      props.find((v): v is string => typeof v === 'string' && v.startsWith('room://')) ?? '',
    )
    expect(url).toMatch(/^room:\/\//)
    expect(url).toContain(`sdkappid=${SDK_APP_ID}`)
    expect(url).toContain(`strroomid=${rang.call.id}`)
    expect(url).toMatch(/usersig=[\w*_-]{40,}/)
    for (const control of ['翻转', '免提', '挂断']) expect(dom.textContent).toContain(control)

    adviser.emit('call.hangup', { callId: rang.call.id })
    await waitForText(dom, '通话结束')
  })
})

/**
 * The attributes Taro set on a rendered node (by its data-sid), from the page's data: a native
 * component such as live-pusher takes them as properties, not as DOM attributes.
 */
function nodeData(root: unknown, sid: string): Record<string, unknown> {
  type Node = Record<string, unknown> & { sid?: string; cn?: Node[] }
  const find = (n: Node): Node | null => {
    if (n.sid === sid) return n
    for (const c of n.cn ?? []) {
      const hit = find(c)
      if (hit) return hit
    }
    return null
  }
  const found = find(((root as { data: { root: Node } }).data ?? { root: {} }).root)
  if (!found) throw new Error(`no node ${sid} in the page's data`)
  const { sid: _sid, cn: _cn, nn: _nn, ...props } = found
  return props
}

/** Resolves with the first element matching `selector` once it is rendered (watched, not polled). */
function waitForElement(dom: Element, selector: string, timeoutMs = 10_000): Promise<Element> {
  const found = dom.querySelector(selector)
  if (found) return Promise.resolve(found)
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const el = dom.querySelector(selector)
      if (!el) return
      observer.disconnect()
      clearTimeout(timer)
      resolve(el)
    })
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error(`no ${selector}; the page holds: ${dom.innerHTML.slice(0, 800)}`))
    }, timeoutMs)
    observer.observe(dom, { childList: true, subtree: true, attributes: true })
  })
}
