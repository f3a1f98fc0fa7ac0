import type { Me } from '@pocket/contract'
import { call, signInByWechat } from '../support/api'
import { requireBuild } from '../support/builds'
import { startStack, type Stack } from '../support/stack'
import { installWx, launchApp, renderPage, waitForText, type Storage } from './mini-runtime'

// Its own file: the app's stores live as long as the loaded bundle, and this person is not the
// one pages.test.ts signs in.
describe('weapp build (dist/weapp): a form offers the phone WeChat verified to a person signed in without one', () => {
  let stack: Stack
  const storage: Storage = {}
  const OPENID = 'openid-weapp-no-phone'

  beforeAll(async () => {
    requireBuild('weapp')
    stack = await startStack({ backend: 'pglite' })
    // A villager who signed in with WeChat and declined to share the phone, then chose a village.
    const s = await signInByWechat(stack.bffUrl, stack.wechat, OPENID)
    const me = await call<Me>(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: s.accessToken,
      body: { villageCode: '640121104201' },
    })
    storage['pocket12348.session'] = JSON.stringify({
      state: { accessToken: s.accessToken, refreshToken: s.refreshToken, me: me.body },
      version: 1,
    })
    installWx(stack.bffUrl, storage, () => stack.wechat.issueCode(OPENID))
    launchApp()
  })
  afterAll(() => stack?.stop())

  it('请求回拨: 使用微信绑定的手机号 binds the verified phone, and the form calls it instead of asking for a code', async () => {
    const { root, dom } = renderPage('packages/hotline/callback/index')
    await waitForText(dom, '使用微信绑定的手机号')
    // Without a phone on the account, the form asks for one and an SMS code.
    expect(root.querySelector('.callback-code')).toBeTruthy()
    const button = root.querySelector('.wechat-phone-use')
    if (!button) throw new Error('no 使用微信绑定的手机号 button')
    button.dispatchEvent('getphonenumber', {
      detail: { errMsg: 'getPhoneNumber:ok', code: stack.wechat.issuePhoneCode('13966660099') },
    })
    await waitForText(dom, '139****0099')
    expect(dom.textContent).not.toContain('使用微信绑定的手机号')
    expect(root.querySelector('.callback-code')).toBeFalsy()
    const stored = JSON.parse(String(storage['pocket12348.session'])) as { state: { me: Me } }
    expect(stored.state.me).toMatchObject({ phoneMasked: '139****0099', village: { code: '640121104201' } })
  })
})
