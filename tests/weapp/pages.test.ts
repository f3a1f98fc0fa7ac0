import type { Complaint, LawSearchResult, Me } from '@pocket/contract'
import { monthDayOf } from '@pocket/contract/time'
import { call, signInBySms } from '../support/api'
import { nthWeekdayAhead } from '../support/booking'
import { requireBuild } from '../support/builds'
import { signedCall } from '../support/signed'
import { startStack, type Stack } from '../support/stack'
import {
  installWx,
  launchApp,
  renderPage,
  waitForNoText,
  waitForSelector,
  waitForText,
  type Storage,
} from './mini-runtime'

describe('weapp build (dist/weapp) in miniprogram-simulate, against a real BFF', () => {
  let stack: Stack
  const storage: Storage = {}
  // WeChat answers a reLaunch once the page is open.
  const reLaunch = jest.fn((o?: { success?: (r: unknown) => void }) => o?.success?.({ errMsg: 'reLaunch:ok' }))
  /** What the app asked to be told when WeChat goes to the background. */
  const appHidden: (() => void)[] = []
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
    ;(globalThis as unknown as { wx: Record<string, unknown> }).wx.onAppHide = (cb: () => void) => {
      appHidden.push(cb)
    }
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

  it('我的法律顾问: the chat page opens the conversation with the village’s adviser, voice and more', async () => {
    const { root, dom } = renderPage('packages/consult/chat/index')
    await waitForText(dom, '有法律问题可以直接问杨海燕')
    expect(dom.textContent).toContain('龙王坝村')
    // The first tool switches to 按住说话 (RecorderManager in the mini-program), the last opens 照片 and 我的办件.
    const tools = root.querySelectorAll('.chat-tool')
    expect(tools.length).toBe(3)
    tools[0].dispatchEvent('tap')
    await waitForText(dom, '按住 说话')
    tools[2].dispatchEvent('tap')
    await waitForText(dom, '我的办件')
    expect(dom.textContent).toContain('照片')
  })

  it('我的法律顾问: a long history renders only the newest rows, in the mini-program too', async () => {
    const session = JSON.parse(String(storage['pocket12348.session'])) as { state: { accessToken: string; me: Me } }
    const opened = await call<{ id: string }>(stack.bffUrl, 'POST', '/api/v1/consultations', {
      token: session.state.accessToken,
    })
    const items = Array.from({ length: 60 }, (_, i) => ({
      actor: { id: `account:${session.state.me.id}`, role: 'resident' },
      consultationId: opened.body.id,
      clientId: `weapp-history-${i + 1}`,
      message: { kind: 'text', text: `第${i + 1}条` },
    }))
    expect((await signedCall(stack, 'POST', '/messages', { body: { items } })).status).toBe(200)
    const { root, dom } = renderPage('packages/consult/chat/index')
    await waitForText(dom, '第60条')
    // The newest page holds 30; only those near the end are nodes of the page.
    const shown = root.querySelectorAll('.chat-message').length
    expect(shown).toBeGreaterThan(3)
    expect(shown).toBeLessThan(30)
    expect(dom.textContent).not.toContain('第31条')
  })

  it('法条: the article page gives the law’s text and citation, copies them, and shares a card of itself', async () => {
    const found = await call<LawSearchResult>(
      stack.bffUrl,
      'GET',
      `/api/v1/library/laws/search?q=${encodeURIComponent('劳动合同法第三十条')}`,
    )
    const id = found.body.items[0].id
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    const copied = new Promise<string>((resolve) => {
      wx.setClipboardData = (o: { data: string; success?: (r: unknown) => void }) => {
        resolve(o.data)
        o.success?.({ errMsg: 'setClipboardData:ok' })
      }
    })
    const { root, dom } = renderPage('packages/library/article/index', { id })
    await waitForText(dom, '《劳动合同法》第三十条')
    expect(dom.textContent).toContain('用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。')
    expect(dom.textContent).toContain('上一条 第二十九条')
    expect(dom.textContent).toContain('下一条 第三十一条')
    root.querySelector('.article-copy')?.dispatchEvent('tap')
    expect(await copied).toBe(
      '《劳动合同法》第三十条\n用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。\n用人单位拖欠或者未足额支付劳动报酬的，劳动者可以依法向当地人民法院申请支付令，人民法院应当依法发出支付令。',
    )
    // 分享 (WeChat's share button, and the menu's 转发) shares a card naming the article and opening this page.
    expect(dom.textContent).toContain('分享')
    const page = root.instance as unknown as { onShareAppMessage?: (o: unknown) => { title: string; path: string } }
    expect(page.onShareAppMessage?.({ from: 'button' })).toEqual({
      title: '《劳动合同法》第三十条',
      path: `/packages/library/article/index?id=${encodeURIComponent(id)}`,
    })
  })

  it('工伤赔偿计算: a grade-5 injury on a low wage, worked out step by step with its provisions', async () => {
    const { root, dom } = renderPage('packages/calculators/work-injury/index')
    await waitForText(dom, '伤残等级')
    // Taps land one render apart, as a person's would: each step waits for what it changed.
    const choose = async (grade: number) => {
      root.querySelector(`.calc-grade-${grade}`)?.dispatchEvent('tap')
      await waitForSelector(dom, `.main--calc-grade-${grade}.main--choice-on`)
    }
    root.querySelector('.calc-wage')?.dispatchEvent('input', { detail: { value: '12.345' } })
    await choose(5)
    root.querySelector('.calc-submit')?.dispatchEvent('tap')
    // Checked as typed, before anything is sent.
    await waitForText(dom, '金额最多精确到分（小数点后两位）')
    root.querySelector('.calc-wage')?.dispatchEvent('input', { detail: { value: '3000' } })
    await choose(4)
    await choose(5)
    root.querySelector('.calc-submit')?.dispatchEvent('tap')
    await waitForText(dom, '一次性伤残补助金')
    // 60% of 9,500 is 5,700: 18 months of it, and 70% of it each month.
    expect(dom.textContent).toContain('本人工资3,000.00元，低于月平均工资9,500.00元的60%，按5,700.00元计算')
    expect(dom.textContent).toContain('五级伤残：18个月 × 本人工资5,700.00元')
    expect(dom.textContent).toContain('102,600.00元')
    expect(dom.textContent).toContain('3,990.00元 / 每月')
    expect(dom.textContent).toContain('依据：《工伤保险条例》第三十六条第（一）项')
    expect(dom.textContent).toContain('演示数据')
    expect(root.querySelectorAll('.calc-provision-link').length).toBeGreaterThan(0)
  })

  it('机构详情: 拨打电话 asks WeChat to dial the office, 导航到这里 opens WeChat’s map at it', async () => {
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    const dialled = new Promise<string>((resolve) => {
      wx.makePhoneCall = (o: { phoneNumber: string; success?: (r: unknown) => void }) => {
        resolve(o.phoneNumber)
        o.success?.({ errMsg: 'makePhoneCall:ok' })
      }
    })
    const mapped = new Promise<Record<string, unknown>>((resolve) => {
      wx.openLocation = (o: Record<string, unknown> & { success?: (r: unknown) => void }) => {
        resolve(o)
        o.success?.({ errMsg: 'openLocation:ok' })
      }
    })
    const { root, dom } = renderPage('packages/directory/institution/index', { id: 'inst-xj-notary' })
    await waitForText(dom, '西吉县公证处（演示）')
    expect(dom.textContent).toContain('周一至周五 9:00-12:00，14:30-17:30（法定节假日除外）')
    root.querySelector('.institution-call')?.dispatchEvent('tap')
    expect(await dialled).toBe('0954-3010013')
    root.querySelector('.institution-navigate')?.dispatchEvent('tap')
    expect(await mapped).toMatchObject({
      latitude: 35.9661,
      longitude: 105.7336,
      name: '西吉县公证处（演示）',
      address: '西吉县吉强镇团结路（演示地址）',
    })
  })

  it('投诉详情: a complaint answered by the office shows the answer, the rating and 申请复核', async () => {
    const session = JSON.parse(String(storage['pocket12348.session'])) as { state: { accessToken: string } }
    const filed = await call<Complaint>(stack.bffUrl, 'POST', '/api/v1/complaints', {
      token: session.state.accessToken,
      headers: { 'idempotency-key': 'weapp-complaint-1', 'x-client': 'weapp' },
      body: {
        target: { about: 'institution', id: 'inst-yn-center' },
        category: 'fees',
        text: '办理公证时被要求另交两百元加急费，没有给收据。',
      },
    })
    expect(filed.status).toBe(201)
    const staff = await signInBySms(stack.bffUrl, stack.sms, '13700000001')
    const answered = await call(stack.bffUrl, 'POST', `/api/v1/workbench/complaints/${filed.body.number}/answer`, {
      token: staff.accessToken,
      body: { text: '经核查，该费用不属于收费项目，已责令退还，并向您致歉。' },
    })
    expect(answered.status).toBe(200)
    const { root, dom } = renderPage('packages/complaints/detail/index', { number: filed.body.number })
    await waitForText(dom, '经核查，该费用不属于收费项目，已责令退还，并向您致歉。')
    expect(dom.textContent).toContain('已答复')
    expect(dom.textContent).toContain('违规收费')
    expect(dom.textContent).toContain('对答复的评价')
    expect(root.querySelector('.complaint-review-button')).toBeTruthy()
  })

  it('应用锁: set in 隐私与安全, it closes over 我的办件 when WeChat goes to the background; 快速离开 exits', async () => {
    const privacy = renderPage('packages/profile/privacy/index')
    await waitForText(privacy.dom, '应用锁')
    // Each step lands one render apart, as a person's would: each waits for what it changed.
    const gone = (text: string) => waitForNoText(privacy.dom, text)
    const save = () => privacy.root.querySelector('.privacy-set-pin')?.dispatchEvent('tap')
    const type = (field: string) =>
      privacy.root.querySelector(`.${field}`)?.dispatchEvent('input', { detail: { value: '2580' } })
    save()
    await waitForText(privacy.dom, '请输入4到6位数字')
    type('privacy-pin')
    await gone('请输入4到6位数字')
    save()
    await waitForText(privacy.dom, '两次输入的密码不一样')
    type('privacy-pin-again')
    await gone('两次输入的密码不一样')
    privacy.root.querySelector('.privacy-set-pin')?.dispatchEvent('tap')
    await waitForText(privacy.dom, '已开启')
    expect(String(storage['pocket12348.lock'])).not.toContain('2580')
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    const exited = new Promise<void>((resolve) => {
      wx.exitMiniProgram = (o: { success?: (r: unknown) => void }) => {
        resolve()
        o.success?.({ errMsg: 'exitMiniProgram:ok' })
      }
    })
    for (const hidden of appHidden) hidden()
    const { root, dom } = renderPage('packages/requests/list/index')
    await waitForText(dom, '请输入应用锁密码，查看我的咨询和办件')
    expect(dom.textContent).not.toContain('已答复')
    root.querySelector('.quick-exit')?.dispatchEvent('tap')
    await exited
    expect(reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/index/index' }))
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

describe('weapp build (dist/weapp): the service guide and the booking confirm page', () => {
  let stack: Stack
  const storage: Storage = {}
  const redirectTo = jest.fn()

  beforeAll(async () => {
    requireBuild('weapp')
    stack = await startStack({ backend: 'pglite' })
    const s = await signInBySms(stack.bffUrl, stack.sms, '13966660002')
    const me = await call<Me>(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: s.accessToken,
      body: { villageCode: '640121104201' },
    })
    storage['pocket12348.session'] = JSON.stringify({
      state: { accessToken: s.accessToken, refreshToken: s.refreshToken, me: me.body },
      version: 1,
    })
    installWx(stack.bffUrl, storage, () => stack.wechat.issueCode('openid-weapp-booking'))
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    wx.redirectTo = redirectTo
    wx.showToast = () => undefined
    launchApp()
  })
  afterAll(() => stack?.stop())

  it('办事指南 shows the guide, the rule and the places of an item, with 预约办理', async () => {
    const { dom } = renderPage('packages/booking/item/index', { code: 'legal-consult' })
    await waitForText(dom, '法律依据')
    await waitForText(dom, '可预约未来7天内的时段，至少提前30分钟')
    expect(dom.textContent).toContain('预约办理')
    // The resident's county (永宁县) comes first.
    await waitForText(dom, '永宁县')
  })

  it('预约 asks for a slot first, then books and opens the booking, numbered as a mini-program request', async () => {
    const { root, dom } = renderPage('packages/booking/book/index', { item: 'legal-consult' })
    await waitForText(dom, '闽宁镇公共法律服务工作站')
    const tap = (selector: string) => {
      const node = root.querySelector(selector)
      if (!node) throw new Error(`nothing matches ${selector}: ${dom.textContent?.slice(0, 300)}`)
      node.dispatchEvent('tap')
    }
    tap('.book-confirm')
    await waitForText(dom, '请先选择日期和时段')

    // Taps land one render apart, as a person's would: each step waits for what it changed.
    root.querySelector('.book-topic')?.dispatchEvent('input', { detail: { value: '邻里纠纷咨询' } })
    const date = nthWeekdayAhead(3)
    const { month, day } = monthDayOf(date)
    const chip = root
      .querySelectorAll('.book-day')
      .find((c) => (c.dom as Element).textContent?.startsWith(`${month}月${day}日`))
    if (!chip) throw new Error(`no chip for ${date}`)
    chip.dispatchEvent('tap')
    await waitForText(dom, '14:30-15:00')
    const slot = root
      .querySelectorAll('.book-slot')
      .find((s) => (s.dom as Element).textContent?.includes('14:30-15:00'))
    if (!slot) throw new Error(`no slot: ${root.querySelectorAll('.book-slot').length} slots`)
    slot.dispatchEvent('tap')
    await waitForText(dom, `确认预约：${month}月${day}日`)
    const opened = new Promise<{ url: string }>((resolve) => redirectTo.mockImplementationOnce(resolve))
    tap('.book-confirm')
    const { url } = await Promise.race([
      opened,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no booking opened; the page shows: ${dom.textContent}`)), 10_000),
      ),
    ])
    const number = /number=(\d{16})/.exec(url)?.[1] ?? ''
    expect(number.slice(8, 9)).toBe('4')
  })
})
