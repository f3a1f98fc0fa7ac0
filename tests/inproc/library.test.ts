import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type {
  ArticleDetail,
  AskAnswer,
  AskStats,
  CaseDetail,
  CaseList,
  LawCatalog,
  LawDetail,
  LawSearchResult,
  QuestionList,
  TermList,
} from '@pocket/contract'
import { call } from '../support/api'
import { refusal } from '../support/said'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'

const get = <T>(stack: InProcessStack, path: string) => call<T>(stack.bffUrl, 'GET', `/api/v1${path}`)
const search = async (stack: InProcessStack, q: string, extra = '') =>
  (await get<LawSearchResult>(stack, `/library/laws/search?q=${encodeURIComponent(q)}${extra}`)).body
const ask = async (stack: InProcessStack, question: string) =>
  (await call<AskAnswer>(stack.bffUrl, 'POST', '/api/v1/library/ask', { body: { question } })).body

describe('the law library, signed out, through the BFF', () => {
  let stack: InProcessStack
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it('lists the shipped laws by category', async () => {
    const { categories } = (await get<LawCatalog>(stack, '/library/laws')).body
    // The Civil Code first, judicial interpretations last.
    expect(categories.map((c) => c.name)).toEqual([
      '民法典',
      '民法商法',
      '社会法',
      '行政法',
      '行政法规',
      '诉讼与非诉讼程序法',
      '司法解释',
    ])
    const laws = categories.flatMap((c) => c.laws)
    expect(laws.length).toBeGreaterThanOrEqual(55)
    const civil = laws.find((l) => l.shortTitle === '民法典')
    expect(civil).toMatchObject({ inForce: true, articleCount: 1260 })
    // An older version is kept, marked as no longer in force.
    const procedure = laws.filter((l) => l.shortTitle === '民事诉讼法')
    expect(procedure.map((l) => [l.version, l.inForce])).toEqual([
      ['2021-12-24', false],
      ['2023-09-01', true],
    ])
  })

  it('answers a villager’s words with the statute’s articles, cited and highlighted', async () => {
    const found = await search(stack, '老公打我怎么办')
    expect(found.items[0].lawTitle).toBe('中华人民共和国反家庭暴力法')
    expect(found.items[0].citation).toMatch(/^《反家庭暴力法》第.+条$/)
    expect(found.items[0].snippet.some((p) => p.hit && p.text.includes('家庭暴力'))).toBe(true)
    const named = await search(stack, '劳动合同法')
    expect(named.laws.map((l) => l.shortTitle)).toContain('劳动合同法')
  })

  it('refuses an empty or overlong search with a clear message, and takes anything else', async () => {
    for (const [q, message] of [
      ['   ', '请输入要查找的内容'],
      ['离婚'.repeat(51), '搜索内容不能超过100个字，请只写关键的几个词'],
    ]) {
      const res = await get(stack, `/library/laws/search?q=${encodeURIComponent(q)}`)
      expect([res.status, refusal(res.body)]).toEqual([400, { code: 'VALIDATION_FAILED', said: message }])
    }
    for (const q of ['法', '😀', "' OR 1=1 --", '.*(+[', 'ＡＢＣ', '離婚後孩子歸誰']) {
      const res = await get<LawSearchResult>(stack, `/library/laws/search?q=${encodeURIComponent(q)}`)
      expect([q, res.status]).toEqual([q, 200])
    }
  })

  it('opens a law at its contents and an article with its neighbours and citation', async () => {
    const [hit] = (await search(stack, '劳动合同法第三十条')).items
    expect(hit.citation).toBe('《劳动合同法》第三十条')
    const article = (await get<ArticleDetail>(stack, `/library/articles/${hit.id}`)).body
    expect(article.paragraphs[0]).toBe('用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。')
    expect([article.previous?.numberText, article.next?.numberText]).toEqual(['第二十九条', '第三十一条'])
    const law = (await get<LawDetail>(stack, `/library/laws/${article.lawId}`)).body
    expect(law.sections[0].headings).toEqual(['第一章 总则'])
    expect(law.sections.reduce((n, s) => n + s.articleCount, 0)).toBe(law.articleCount)
    const missing = await get(stack, '/library/articles/law-000000000000-1')
    expect([missing.status, refusal(missing.body)]).toEqual([404, { code: 'NOT_FOUND', said: '找不到这条法条' }])
  })

  it('finds example cases and links a case to the articles it applies', async () => {
    const found = (
      await get<{ items: { id: string; title: string }[] }>(
        stack,
        `/library/cases/search?q=${encodeURIComponent('加班费')}`,
      )
    ).body.items
    expect(found[0].title).toContain('加班费')
    const all = (await get<CaseList>(stack, '/library/cases')).body.items
    expect(all.length).toBeGreaterThanOrEqual(50)
    const detail = (await get<CaseDetail>(stack, `/library/cases/${found[0].id}`)).body
    expect(detail.sections.length).toBeGreaterThan(0)
    for (const a of detail.articles) expect(a.citation).toMatch(/^《.+》第.+条$/)
  })

  it('answers a common question from what it retrieved, with the service to use', async () => {
    const answer = await ask(stack, '老板拖欠工资不给怎么办')
    expect(answer.answered).toBe(true)
    expect(answer.question?.id).toBe('unpaid-wages')
    expect(answer.articles.map((a) => a.citation)).toContain('《劳动合同法》第三十条')
    expect(answer.services).toEqual([
      { kind: 'catalog', code: 'legal-aid' },
      { kind: 'adviser', code: null },
    ])
  })

  it('says so when nothing relevant is found, and offers the adviser', async () => {
    const answer = await ask(stack, '比特币挖矿显卡怎么选')
    expect(answer).toEqual({
      answered: false,
      question: null,
      articles: [],
      case: null,
      services: [{ kind: 'adviser', code: null }],
    })
  })

  it('counts questions asked and whether they were answered, and the statutes’ words of those left unanswered, nothing more', async () => {
    const before = (await signedCall<AskStats>(stack, 'GET', '/library/ask-stats?days=1')).body
    await ask(stack, '离婚后孩子归谁抚养')
    await ask(stack, '今天天气怎么样呀')
    const unanswered = await ask(stack, '我叫王小明，电话13912345678，宅基地上的老房子漏雨了')
    expect(unanswered.question).toBeNull()
    const after = (await signedCall<AskStats>(stack, 'GET', '/library/ask-stats?days=1')).body
    // Of a question no common question answered, only words the statutes use: no name, no number.
    expect(after.unanswered.find((u) => u.term === '宅基地')?.count).toBe(1)
    const kept = JSON.stringify(after)
    for (const personal of ['王小明', '13912345678', '漏雨']) expect(kept).not.toContain(personal)
    const total = (s: AskStats) =>
      s.days.reduce((n, d) => ({ answered: n.answered + d.question, none: n.none + d.none }), { answered: 0, none: 0 })
    expect(total(after).answered).toBe(total(before).answered + 1)
    expect(total(after).none).toBeGreaterThanOrEqual(total(before).none + 1)
    expect(after.questions.find((q) => q.id === 'divorce-children')?.count).toBeGreaterThanOrEqual(1)
  })
})

describe('the term map and the common questions, as operators keep them', () => {
  let stack: InProcessStack
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it('a term operators add changes the next search at once', async () => {
    const before = await search(stack, '碰瓷')
    expect(before.items.some((i) => i.citation === '《治安管理处罚法》第四十九条')).toBe(false)
    const { items } = (await signedCall<TermList>(stack, 'GET', '/library/terms')).body
    const saved = await signedCall<TermList>(stack, 'PUT', '/library/terms', {
      body: { items: [...items, { everyday: '碰瓷', legal: ['敲诈勒索'] }] },
    })
    expect(saved.status).toBe(200)
    expect(saved.body.updatedAt).not.toBeNull()
    const afterAdd = await search(stack, '碰瓷')
    expect(afterAdd.items.slice(0, 5).map((i) => i.citation)).toContain('《治安管理处罚法》第四十九条')
  })

  it('only operators replace a list; a question must cite an article the library holds', async () => {
    const asResident = await signedCall(stack, 'PUT', '/library/terms', {
      actor: 'acc-1',
      role: 'resident',
      body: { items: [] },
    })
    expect(asResident.status).toBe(403)
    const { items } = (await signedCall<QuestionList>(stack, 'GET', '/library/questions')).body
    expect(items.length).toBeGreaterThanOrEqual(60)
    const bad = await signedCall(stack, 'PUT', '/library/questions', {
      body: { items: [{ ...items[0], articles: ['民法典 9999'] }] },
    })
    expect([bad.status, refusal(bad.body as never)]).toEqual([
      400,
      { code: 'VALIDATION_FAILED', said: '法规库中没有“民法典 9999”' },
    ])
    expect((await signedCall<QuestionList>(stack, 'GET', '/library/questions')).body.items).toHaveLength(items.length)
  })
})
