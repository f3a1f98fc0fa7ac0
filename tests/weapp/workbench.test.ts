import type { Me, Schedule } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { requireBuild } from '../support/builds'
import { startStack, type Stack } from '../support/stack'
import { installWx, launchApp, renderPage, waitForText, type Storage } from './mini-runtime'

// The staff workbench in the built mini-program: the week edited as a draft and saved once, with
// what saving does shown first. Its own file: the app's stores live as long as the loaded bundle.

describe('weapp build (dist/weapp): the staff workbench edits the week as a template', () => {
  let stack: Stack
  let token = ''
  const storage: Storage = {}
  let toasted: (title: string) => void = () => undefined

  beforeAll(async () => {
    requireBuild('weapp')
    stack = await startStack({ backend: 'pglite' })
    const s = await signInBySms(stack.bffUrl, stack.sms, '13700000001')
    token = s.accessToken
    const me = await call<Me>(stack.bffUrl, 'GET', '/api/v1/me', { token })
    storage['pocket12348.session'] = JSON.stringify({
      state: { accessToken: s.accessToken, refreshToken: s.refreshToken, me: me.body },
      version: 1,
    })
    installWx(stack.bffUrl, storage, () => stack.wechat.issueCode('openid-weapp-staff'))
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    wx.showToast = (o: { title: string }) => toasted(o.title)
    launchApp()
  })
  afterAll(() => stack?.stop())

  it('a tap changes the draft only; 保存每周时段 shows the effect, 确认保存 saves the week', async () => {
    const week = async () =>
      (await call<Schedule>(stack.bffUrl, 'GET', '/api/v1/workbench/schedule', { token })).body.weekly
    const before = await week()
    const first = before.find((s) => s.weekday === 1)
    if (!first) throw new Error('the demo center has no Monday slot')

    const { root, dom } = renderPage('packages/workbench/index/index')
    await waitForText(dom, '每周时段')
    await waitForText(dom, `${first.start}-${first.end}`)
    const less = root.querySelector('.week-less')
    if (!less) throw new Error('no − button')
    less.dispatchEvent('tap')
    await waitForText(dom, '有未保存的更改')
    expect(await week()).toEqual(before)

    root.querySelector('.week-preview')?.dispatchEvent('tap')
    await waitForText(dom, '保存后不影响已有预约。')
    const saved = new Promise<string>((resolve) => (toasted = resolve))
    root.querySelector('.week-confirm-save')?.dispatchEvent('tap')
    expect(await saved).toBe('已保存')
    const after = await week()
    expect(after.find((s) => s.weekday === 1 && s.start === first.start)?.seats).toBe(first.seats - 1)
    expect(after.filter((s) => s.weekday !== 1)).toEqual(before.filter((s) => s.weekday !== 1))
  })
})
