import type { AuthSession, CaseSearchResult, Complaint, LawSearchResult } from '@pocket/contract'
import { instantAt } from '@pocket/contract/time'
import type { BrowserContext, Page } from 'playwright-core'
import { PAGE, type PageName } from '../../src/pages'
import { call, signInBySms } from '../support/api'
import { book } from '../support/booking'
import { ADVISER_PHONE, device, residentWithConsultation, sendText } from '../support/consult'
import { apply, applicationBody } from '../support/legal-aid'
import { recordPage, rememberSignIn, servedH5 } from './browser'
import { elderAudit, ELDER } from './elder-rules'
import { axeViolations, compareScreen } from './screens'

// Every page a person reaches, as the demo resident, adviser and clerk, in standard and 长辈版: each
// has its title and a way back in the H5 navigation bar, no axe violation, in 长辈版 the MIIT
// 适老化 numbers measured from the rendered page (./elder-rules.ts), and looks as its committed
// reference does (tests/e2e/screens; UPDATE_SCREENSHOTS=1 rewrites them on purpose).

/** The servers and the phones stand on Monday 7 December 2026, 08:30 Beijing time: fixed pictures. */
const DAY = '2026-12-07'
const NOW = instantAt(DAY, '08:30').getTime()
const BOOKED_DAY = '2026-12-09'

const RESIDENT = '13955580001'
const STAFF = '13700000001'
type Who = 'nobody' | 'resident' | 'adviser' | 'staff'

interface Screen {
  name: string
  who: Who
  page: PageName
  query?: () => string
  /** Shown once the page has what it loads. */
  ready: string
  /** The navigation bar's title. */
  title: string
  /** Text that changes from run to run (times of day), painted over before comparing. */
  mask?: string[]
  /** What a person does before the picture (fill a form and work it out), and what then shows. */
  act?: { run(page: Page): Promise<void>; ready: string }
}

const made = { appointment: '', application: '', complaint: '', consultation: '', law: '', article: '', legalCase: '' }

const SCREENS: Screen[] = [
  { name: 'home-signed-out', who: 'nobody', page: 'home', ready: '.home-login ~ .home-monthly', title: '掌上12348' },
  { name: 'login', who: 'nobody', page: 'login', ready: '.login-phone', title: '登录' },
  { name: 'home', who: 'resident', page: 'home', ready: '.home-adviser ~ .home-monthly', title: '掌上12348' },
  { name: 'mine', who: 'resident', page: 'mine', ready: '.mine-profile', title: '我的' },
  { name: 'village', who: 'resident', page: 'village', ready: '.village-list', title: '选择所在村（社区）' },
  { name: 'privacy', who: 'resident', page: 'privacy', ready: '.privacy-set-pin', title: '隐私与安全' },
  {
    name: 'service-item',
    who: 'resident',
    page: 'serviceItem',
    query: () => 'code=legal-consult',
    ready: '.item-actions',
    title: '办事指南',
  },
  {
    name: 'book',
    who: 'resident',
    page: 'book',
    query: () => 'item=legal-consult',
    ready: '.book-slot',
    title: '预约',
  },
  {
    name: 'appointment',
    who: 'resident',
    page: 'appointment',
    query: () => `number=${made.appointment}`,
    ready: '.appointment-status',
    title: '预约详情',
  },
  { name: 'my-appointments', who: 'resident', page: 'myAppointments', ready: '.appointments-row', title: '我的预约' },
  { name: 'my-requests', who: 'resident', page: 'myRequests', ready: '.appointments-row', title: '我的办件' },
  { name: 'progress', who: 'resident', page: 'progress', ready: '.progress-query', title: '进度查询' },
  { name: 'legal-aid-apply', who: 'resident', page: 'applyLegalAid', ready: '.aid-submit', title: '法律援助申请' },
  {
    name: 'legal-aid-application',
    who: 'resident',
    page: 'legalAidApplication',
    query: () => `number=${made.application}`,
    ready: '.application-number',
    title: '申请详情',
  },
  {
    name: 'complaint-file',
    who: 'resident',
    page: 'fileComplaint',
    query: () => `about=request&id=${made.application}`,
    ready: '.complain-submit',
    title: '我要投诉',
  },
  {
    name: 'complaint',
    who: 'resident',
    page: 'complaint',
    query: () => `number=${made.complaint}`,
    ready: '.complaint-number',
    title: '投诉详情',
  },
  { name: 'callback', who: 'resident', page: 'callback', ready: '.callback-submit', title: '请求回拨' },
  {
    name: 'chat',
    who: 'resident',
    page: 'chat',
    ready: '.chat-bubble',
    title: '我的法律顾问',
    mask: ['.chat-meta'],
  },
  { name: 'library', who: 'nobody', page: 'library', ready: '.lib-category', title: '法律法规' },
  {
    name: 'law',
    who: 'nobody',
    page: 'law',
    query: () => `id=${made.law}`,
    ready: '.law-section',
    title: '法律目录',
  },
  {
    name: 'article',
    who: 'resident',
    page: 'article',
    query: () => `id=${made.article}`,
    ready: '.article-paragraph',
    title: '法条',
  },
  { name: 'cases', who: 'nobody', page: 'cases', ready: '.cases-item', title: '典型案例' },
  {
    name: 'legal-case',
    who: 'nobody',
    page: 'legalCase',
    query: () => `id=${made.legalCase}`,
    ready: '.case-paragraph',
    title: '案例',
  },
  { name: 'ask', who: 'resident', page: 'ask', ready: '.ask-submit', title: '智能咨询' },
  {
    name: 'institutions',
    who: 'resident',
    page: 'institutions',
    query: () => 'kind=notary_office',
    ready: '.institutions-row',
    title: '找服务机构',
  },
  {
    name: 'institution',
    who: 'resident',
    page: 'institution',
    query: () => 'id=inst-law-liupan',
    ready: '.institution-person',
    title: '机构详情',
  },
  { name: 'practitioners', who: 'nobody', page: 'practitioners', ready: '.people-row', title: '找法律服务人员' },
  {
    name: 'practitioner',
    who: 'nobody',
    page: 'practitioner',
    query: () => 'id=lawyer-wu-qiang',
    ready: '.person-credit-row',
    title: '人员详情',
  },
  { name: 'publicity', who: 'nobody', page: 'publicity', ready: '.publicity-row', title: '法治宣传' },
  {
    name: 'publicity-article',
    who: 'nobody',
    page: 'publicityArticle',
    query: () => 'id=protection-order',
    ready: '.publicity-cited',
    title: '普法文章',
  },
  { name: 'calculators', who: 'nobody', page: 'calculators', ready: '.calc-entry', title: '法律计算器' },
  {
    name: 'litigation-fee',
    who: 'nobody',
    page: 'litigationFee',
    ready: '.calc-submit',
    title: '诉讼费计算',
    act: {
      run: async (page) => {
        await page.locator('.taro_page_show .calc-amount input').fill('150000')
        await page.locator('.taro_page_show .calc-procedure-simplified').click()
        await page.locator('.taro_page_show .calc-submit').click()
      },
      ready: '.calc-feeHalved',
    },
  },
  {
    name: 'work-injury',
    who: 'nobody',
    page: 'workInjury',
    ready: '.calc-submit',
    title: '工伤赔偿计算',
    act: {
      run: async (page) => {
        await page.locator('.taro_page_show .calc-event-death').click()
        await page.locator('.taro_page_show .calc-wage input').fill('9000')
        await page.locator('.taro_page_show .calc-add-spouse').click()
        await page.locator('.taro_page_show .calc-submit').click()
      },
      ready: '.calc-deathGrant',
    },
  },
  {
    name: 'personal-injury',
    who: 'nobody',
    page: 'personalInjury',
    ready: '.calc-submit',
    title: '人身损害赔偿计算',
  },
  { name: 'workbench-adviser', who: 'adviser', page: 'workbench', ready: '.inbox-row', title: '工作台' },
  { name: 'workbench-staff', who: 'staff', page: 'workbench', ready: '.desk', title: '工作台' },
]

describe('Every screen, as each person, in standard and 长辈版: titled, accessible, as its reference', () => {
  const h5 = servedH5({ clockOffsetMs: NOW - Date.now() })
  const sessions = {} as Record<Exclude<Who, 'nobody'>, AuthSession>

  beforeAll(async () => {
    const { stack } = h5
    // A villager of the demo village who has asked their adviser a question and had an answer,
    // booked a consultation, applied for legal aid and complained of a wait.
    const { session, consultation } = await residentWithConsultation(stack, RESIDENT)
    sessions.resident = session
    made.consultation = consultation.id
    sessions.adviser = await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)
    sessions.staff = await signInBySms(stack.bffUrl, stack.sms, STAFF)
    const villager = await device(stack.bffUrl, session.accessToken)
    sendText(villager, consultation.id, 'screens-q1', '我家承包地被邻居占了一垄，怎么办？')
    await villager.next('message.ack')
    villager.ws.close()
    const adviser = await device(stack.bffUrl, sessions.adviser.accessToken)
    sendText(adviser, consultation.id, 'screens-a1', '先别着急，请拍一下承包合同和地块照片发给我。')
    await adviser.next('message.ack')
    adviser.ws.close()
    const booked = await book(stack.bffUrl, session.accessToken, {
      institutionId: 'inst-yn-center',
      date: BOOKED_DAY,
      start: '09:00',
      topic: '土地承包纠纷咨询',
    })
    expect(booked.status).toBe(201)
    made.appointment = booked.body.number
    const applied = await apply(stack.bffUrl, session.accessToken, applicationBody())
    expect(applied.status).toBe(201)
    made.application = applied.body.number
    const complained = await call<Complaint>(stack.bffUrl, 'POST', '/api/v1/complaints', {
      token: session.accessToken,
      headers: { 'idempotency-key': 'screens-complaint-1' },
      body: {
        target: { about: 'institution', id: 'inst-yn-center' },
        category: 'delay',
        text: '预约的咨询到了时间还等了一个多小时，也没有人解释原因。',
      },
    })
    expect(complained.status).toBe(201)
    made.complaint = complained.body.number
    const me = await call(stack.bffUrl, 'GET', '/api/v1/me', { token: session.accessToken })
    expect(me.status).toBe(200)
    const cited = await call<LawSearchResult>(
      stack.bffUrl,
      'GET',
      `/api/v1/library/laws/search?q=${encodeURIComponent('劳动合同法第三十条')}`,
    )
    made.article = cited.body.items[0].id
    made.law = cited.body.items[0].lawId
    const cases = await call<CaseSearchResult>(
      stack.bffUrl,
      'GET',
      `/api/v1/library/cases/search?q=${encodeURIComponent('放弃加班费')}`,
    )
    made.legalCase = cases.body.items[0].id
  })

  // Each mode in two halves: a test stays well inside its time as the screens grow.
  const halves = [SCREENS.slice(0, Math.ceil(SCREENS.length / 2)), SCREENS.slice(Math.ceil(SCREENS.length / 2))]
  for (const [elder, half] of [false, true].flatMap((e) => halves.map((h, i) => [e, i] as const))) {
    const mode = elder ? 'elder' : 'standard'
    it(`${mode}: pages, part ${half + 1} of 2`, async () => {
      const problems: string[] = []
      const contexts = new Map<Who, BrowserContext>()
      const phoneOf = async (who: Who): Promise<BrowserContext> => {
        const known = contexts.get(who)
        if (known) return known
        const context = await h5.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
        if (who !== 'nobody') await rememberSignIn(context, sessions[who])
        await context.addInitScript(
          ([on, now]) => {
            localStorage.setItem(
              'pocket12348.ui',
              JSON.stringify({ data: JSON.stringify({ state: { elderChoice: on }, version: 1 }) }),
            )
            // The phone's clock stands still at the servers' start: "today", weekdays and times draw the same.
            const fixed = now
            const RealDate = Date
            class FixedDate extends RealDate {
              constructor(...args: unknown[]) {
                if (args.length === 0) super(fixed)
                else super(...(args as [number]))
              }

              static override now() {
                return fixed
              }
            }
            ;(globalThis as { Date: DateConstructor }).Date = FixedDate as DateConstructor
          },
          [elder, NOW] as const,
        )
        contexts.set(who, context)
        return context
      }
      try {
        for (const screen of halves[half]) {
          const context = await phoneOf(screen.who)
          const page = await context.newPage()
          const log = recordPage(page)
          try {
            const query = screen.query ? `?${screen.query()}` : ''
            await page.goto(`${h5.stack.bffUrl}/#${PAGE[screen.page]}${query}`)
            await settled(page, screen.ready)
            if (screen.act) {
              await screen.act.run(page)
              await settled(page, screen.act.ready)
            }
            problems.push(...(await titled(page, screen)).map((p) => `${screen.name} (${mode}): ${p}`))
            problems.push(...(await axeViolations(page)).map((v) => `${screen.name} (${mode}): ${v}`))
            if (elder) {
              const { violations, largest } = await elderAudit(page)
              problems.push(...violations.map((v) => `${screen.name} (长辈版 MIIT): ${v}`))
              if (screen.page === 'home' && largest < ELDER.largest)
                problems.push(`${screen.name} (长辈版 MIIT): largest text ${largest}px < ${ELDER.largest}`)
            }
            const differs = await compareScreen(page, `${screen.name}-${mode}`, screen.mask)
            if (differs) problems.push(differs)
          } catch (e) {
            problems.push(`${screen.name} (${mode}): ${(e as Error).message.split('\n')[0]}\n${log()}`)
          } finally {
            await page.close()
          }
        }
      } finally {
        for (const context of contexts.values()) await context.close()
      }
      expect(problems).toEqual([])
    })
  }
})

/** The page has drawn what it loads, its fonts, and has finished sliding in. */
async function settled(page: Page, ready: string): Promise<void> {
  await page.locator(`.taro_page_show ${ready}`).first().waitFor({ state: 'visible', timeout: 15_000 })
  await page.waitForFunction(() => {
    const shown = document.querySelector('.taro_page_show')
    return (
      document.fonts.status === 'loaded' &&
      !!shown &&
      Math.abs(shown.getBoundingClientRect().left) < 1 &&
      document.querySelectorAll('.taro_page_show .state-loading').length === 0
    )
  })
}

/** The navigation bar names the page; a page under the tabs offers a labelled way back or home. */
async function titled(page: Page, screen: Screen): Promise<string[]> {
  const problems: string[] = []
  const bar = page.locator('#taro-navigation-bar')
  const title = (await bar.locator('.taro-navigation-bar-title').innerText()).trim()
  if (title !== screen.title) problems.push(`the navigation bar says "${title}", not "${screen.title}"`)
  if (screen.page === 'home' || screen.page === 'mine') return problems
  const way = bar.locator('[role=button]:visible')
  const labels = await way.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  if (labels.length !== 1 || !labels[0]) problems.push(`no labelled back or home control (${JSON.stringify(labels)})`)
  const box = await way.first().boundingBox()
  if (!box || box.width < 44 || box.height < 44) problems.push(`the back/home control is ${box?.width}×${box?.height}`)
  return problems
}
