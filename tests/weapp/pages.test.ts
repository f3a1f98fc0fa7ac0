import type { Me } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { requireBuild } from '../support/builds'
import { startStack, type Stack } from '../support/stack'
import { installWx, launchApp, renderPage, waitForText, type Storage } from './mini-runtime'

describe('weapp build (dist/weapp) in miniprogram-simulate, against a real BFF', () => {
  let stack: Stack
  const storage: Storage = {}
  const reLaunch = jest.fn()
  let wechatUser = 'openid-weapp-1'

  beforeAll(async () => {
    requireBuild('weapp')
    stack = await startStack({ backend: 'pglite' })
    // A resident who already picked a village, as the device's storage would remember them.
    const s = await signInBySms(stack.bffUrl, stack.sms, '13966660001')
    const me = await call<Me>(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: s.accessToken,
      body: { villageCode: '640422100201' },
    })
    storage['pocket12348.session'] = JSON.stringify({
      state: { accessToken: s.accessToken, refreshToken: s.refreshToken, me: me.body },
      version: 1,
    })
    installWx(stack.bffUrl, storage, () => stack.wechat.issueCode(wechatUser))
    ;(globalThis as unknown as { wx: Record<string, unknown> }).wx.reLaunch = reLaunch
    launchApp()
  })
  afterAll(() => stack?.stop())

  it('首页 shows the signed-in resident’s village adviser from the data center', async () => {
    const { dom } = renderPage('pages/index/index')
    await waitForText(dom, '杨海燕')
    expect(dom.textContent).toContain('龙王坝村')
    expect(dom.textContent).toContain('138****0005')
    // The services load on their own; they may arrive after the adviser.
    await waitForText(dom, '法律援助申请')
  })

  /** Taps 微信一键登录 and answers WeChat's phone prompt with `detail`; waits for the page to move on. */
  async function signInWithWechat(detail: Record<string, string>): Promise<Me> {
    reLaunch.mockClear()
    const relaunched = new Promise<void>((resolve) => reLaunch.mockImplementationOnce(() => resolve()))
    const { root, dom } = renderPage('pages/login/index')
    await waitForText(dom, '微信一键登录')
    expect(dom.textContent).toContain('获取验证码')
    const button = root.querySelector('.login-wechat')
    if (!button) throw new Error('no WeChat button')
    button.dispatchEvent('getphonenumber', { detail })
    await relaunched
    return (JSON.parse(String(storage['pocket12348.session'])) as { state: { me: Me } }).state.me
  }

  it('登录: a resident who declines to share the phone still signs in with WeChat and lands on 首页', async () => {
    const me = await signInWithWechat({ errMsg: 'getPhoneNumber:fail user deny' })
    expect(reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/index/index' }))
    expect(me.displayName).toBe('微信用户')
  })

  it('登录: an adviser who shares the phone WeChat verified is recognised and lands on the workbench', async () => {
    wechatUser = 'openid-weapp-adviser'
    const me = await signInWithWechat({
      errMsg: 'getPhoneNumber:ok',
      code: stack.wechat.issuePhoneCode('13800000002'),
    })
    expect(reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/workbench/index/index' }))
    expect(me).toMatchObject({ role: 'adviser', phoneMasked: '138****0002' })
  })
})
