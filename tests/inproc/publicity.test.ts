import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { ArticleDetail, PublicityArticle, PublicityList, PublicitySummary } from '@pocket/contract'
import { localDateOf } from '@pocket/contract/time'
import { call } from '../support/api'
import { refusal } from '../support/said'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'

interface Shipped {
  id: string
  citations: string[]
  month: string | null
  publishedOn: string
}
const shipped = (
  JSON.parse(readFileSync(join(__dirname, '../../server/apps/datacenter/data/publicity/articles.json'), 'utf8')) as {
    articles: Shipped[]
  }
).articles

describe('法治宣传 articles, signed out, through the BFF', () => {
  let stack: InProcessStack
  const get = <T>(path: string) => call<T>(stack.bffUrl, 'GET', `/api/v1${path}`)
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it('lists the articles newest first, and by topic', async () => {
    const all = (await get<PublicityList>('/publicity')).body.items
    expect(all.length).toBe(shipped.length)
    const dates = all.map((a) => a.publishedOn)
    expect(dates).toEqual([...dates].sort().reverse())
    const family = (await get<PublicityList>('/publicity?topic=family')).body.items
    expect(family.length).toBeGreaterThan(1)
    expect(family.every((a) => a.topic === 'family')).toBe(true)
  })

  it('resolves every shipped citation to an article of the library, which opens', async () => {
    for (const s of shipped) {
      const article = (await get<PublicityArticle>(`/publicity/${s.id}`)).body
      expect([s.id, article.articles.length]).toEqual([s.id, s.citations.length])
    }
    const wages = (await get<PublicityArticle>('/publicity/wages-before-new-year')).body
    expect(wages.articles[0].citation).toBe('《保障农民工工资支付条例》第三条')
    const opened = (await get<ArticleDetail>(`/library/articles/${wages.articles[0].id}`)).body
    expect(opened.paragraphs[0]).toContain('农民工有按时足额获得工资的权利')
    expect((await get('/publicity/nothing-here')).status).toBe(404)
  })

  it('features this month’s article on 首页, else the newest', async () => {
    const month = localDateOf(Date.now()).slice(0, 7)
    const expected =
      shipped.find((s) => s.month === month) ?? [...shipped].sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : -1))[0]
    expect((await get<PublicitySummary>('/publicity/featured')).body.id).toBe(expected.id)
  })

  it('lets operators publish an article citing the library, audited, and refuses a citation it lacks', async () => {
    const body = {
      topic: 'family',
      title: '结婚不能索要彩礼？借婚姻索取财物是禁止的',
      summary: '禁止借婚姻索取财物。',
      paragraphs: ['禁止包办、买卖婚姻和其他干涉婚姻自由的行为。禁止借婚姻索取财物。'],
      citations: ['民法典 1042'],
      publishedOn: '2026-12-05',
    }
    const bad = await signedCall(stack, 'PUT', '/publicity/bride-price', {
      body: { ...body, citations: ['民法典 99999'] },
    })
    expect([bad.status, refusal(bad.body as never)]).toEqual([
      400,
      { code: 'VALIDATION_FAILED', said: '法规库中没有“民法典 99999”' },
    ])
    const resident = await signedCall(stack, 'PUT', '/publicity/bride-price', {
      body,
      actor: 'account:someone',
      role: 'resident',
    })
    expect(resident.status).toBe(403)
    const put = await signedCall<PublicityArticle>(stack, 'PUT', '/publicity/bride-price', { body })
    expect(put.body.articles.map((a) => a.citation)).toEqual(['《民法典》第一千零四十二条'])
    expect((await get<PublicityList>('/publicity')).body.items[0].id).toBe('bride-price')
    const audit = await signedCall<{ items: { action: string }[] }>(
      stack,
      'GET',
      '/audit?entity=publicity&entityId=bride-price',
    )
    expect(audit.body.items.map((e) => e.action)).toEqual(['publicity.put'])
  })
})
