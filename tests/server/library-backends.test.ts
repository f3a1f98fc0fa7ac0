// The library on both databases: the same answers on PGlite and PostgreSQL (the search runs in the
// data center's memory, built from the rows), and the public reads built on it (the directory's
// search and credit records, 法治宣传, the calculators with their figures) the same too, and a complaint's
// lifecycle with its deadline; and, with two data centers on one PostgreSQL, an
// operator's change to the term map seen by the other instance on its next query. And a data center
// builds its index as it starts (production), not at the first search.
import type { Complaint, LawSearchResult, TermList } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { requiredInCi } from '../support/env'
import { signedCall } from '../support/signed'
import { startStack, type Stack } from '../support/stack'

const onPostgres = requiredInCi('TEST_DATABASE_URL', process.env.TEST_DATABASE_URL) ? describe : describe.skip

const QUESTIONS = ['老公打我怎么办', '加班费怎么算', '被狗咬了谁负责', '劳动合同法第三十条', '土地承包多少年']

const search = async (bffUrl: string, q: string) =>
  (await call<LawSearchResult>(bffUrl, 'GET', `/api/v1/library/laws/search?q=${encodeURIComponent(q)}`)).body

onPostgres('the library on PGlite and on PostgreSQL', () => {
  let pglite: Stack
  let postgres: Stack
  beforeAll(async () => {
    ;[pglite, postgres] = await Promise.all([startStack({ backend: 'pglite' }), startStack({ backend: 'postgres' })])
  })
  afterAll(() => Promise.all([pglite?.stop(), postgres?.stop()]))

  it('answers the same articles in the same order, with the same citations and snippets', async () => {
    for (const q of QUESTIONS) {
      const [a, b] = await Promise.all([search(pglite.bffUrl, q), search(postgres.bffUrl, q)])
      expect(a.items.length).toBeGreaterThan(0)
      expect([q, b]).toEqual([q, a])
    }
  })

  it('finds help, tells the law and works out the sums the same on both', async () => {
    const reads = [
      '/institutions?kind=notary_office&near=640422100201',
      '/institutions?service=mediation&q=%E5%90%89%E5%BC%BA',
      '/people?kind=lawyer',
      '/people/lawyer-wu-qiang',
      '/publicity',
      '/publicity/featured',
      '/publicity/protection-order',
      '/calculators/figures',
    ]
    for (const path of reads) {
      const [a, b] = await Promise.all([pglite, postgres].map((s) => call(s.bffUrl, 'GET', `/api/v1${path}`)))
      expect([path, a.status]).toEqual([path, 200])
      expect([path, b.body]).toEqual([path, a.body])
    }
    const sums: [string, unknown][] = [
      ['work-injury', { event: 'death', monthlyWage: '9000', year: 2026, dependants: [{ relation: 'spouse' }] }],
      ['personal-injury', { event: 'death', age: 65, year: 2026, dependants: [{ age: 78, supporters: 2 }] }],
      ['litigation-fee', { caseKind: 'divorce', amount: '500000', procedure: 'simplified' }],
    ]
    for (const [which, body] of sums) {
      const [a, b] = await Promise.all(
        [pglite, postgres].map((s) => call(s.bffUrl, 'POST', `/api/v1/calculators/${which}`, { body })),
      )
      expect([which, a.status]).toEqual([which, 200])
      expect([which, b.body]).toEqual([which, a.body])
    }
  })

  it('takes a complaint through its lifecycle the same on both, one of two answers at once winning', async () => {
    const lifecycle = async (stack: Stack) => {
      const resident = (await signInBySms(stack.bffUrl, stack.sms, '13955590001')).accessToken
      const staff = (await signInBySms(stack.bffUrl, stack.sms, '13700000001')).accessToken
      const filed = await call<Complaint>(stack.bffUrl, 'POST', '/api/v1/complaints', {
        token: resident,
        headers: { 'idempotency-key': 'backends-complaint-1' },
        body: {
          target: { about: 'institution', id: 'inst-yn-center' },
          category: 'attitude',
          text: '窗口工作人员态度生硬，材料清单也说不清楚。',
        },
      })
      const n = filed.body.number
      const answer = (text: string) =>
        call<Complaint>(stack.bffUrl, 'POST', `/api/v1/workbench/complaints/${n}/answer`, {
          token: staff,
          body: { text },
        })
      const both = await Promise.all([
        answer('已核实，向您致歉，已加强培训。'),
        answer('已核实，材料清单已张贴在窗口。'),
      ])
      const review = await call<Complaint>(stack.bffUrl, 'POST', `/api/v1/complaints/${n}/review`, {
        token: resident,
        body: { text: '答复没有说明今后怎么改进，申请复核。' },
      })
      const again = await answer('复核后已调整窗口岗位，并公开材料清单。')
      const rated = await call(stack.bffUrl, 'POST', '/api/v1/ratings', {
        token: resident,
        body: { number: n, score: 3, tags: [], comment: '' },
      })
      const seen = (await call<Complaint>(stack.bffUrl, 'GET', `/api/v1/complaints/${n}`, { token: resident })).body
      return {
        filed: [filed.status, filed.body.deadline],
        answers: both.map((r) => r.status).sort(),
        review: [review.status, review.body.deadline.dueAt === filed.body.deadline.dueAt],
        final: [again.status, rated.status, seen.status, seen.rating?.score],
        steps: seen.timeline.map((t) => t.status),
      }
    }
    const [a, b] = await Promise.all([lifecycle(pglite), lifecycle(postgres)])
    expect(a).toEqual({
      filed: [201, { state: 'normal', dueAt: expect.stringMatching(/T16:00:00\.000Z$/) }],
      answers: [200, 409],
      review: [200, true],
      final: [200, 201, 'reviewed', 3],
      steps: ['submitted', 'answered', 'review_requested', 'reviewed'],
    })
    expect(b).toEqual(a)
  })

  it('a second data center sees the term map an operator replaced through the first, on its next query', async () => {
    const other = await postgres.addDatacenter()
    const viaOther = (q: string) =>
      signedCall<LawSearchResult>(
        { dc: other, secrets: postgres.secrets },
        'GET',
        `/library/laws/search?q=${encodeURIComponent(q)}`,
      )
    const before = (await viaOther('碰瓷')).body.items.map((i) => i.citation)
    expect(before).not.toContain('《治安管理处罚法》第四十九条')
    const { items } = (await signedCall<TermList>(postgres, 'GET', '/library/terms')).body
    const saved = await signedCall(postgres, 'PUT', '/library/terms', {
      body: { items: [...items, { everyday: '碰瓷', legal: ['敲诈勒索'] }] },
    })
    expect(saved.status).toBe(200)
    const after = (await viaOther('碰瓷')).body.items.slice(0, 5).map((i) => i.citation)
    expect(after).toContain('《治安管理处罚法》第四十九条')
  })
})

describe('a data center, as it starts', () => {
  it('builds the library’s search index before anyone searches', async () => {
    const stack = await startStack({ backend: 'pglite', extraDcEnv: { LIBRARY_WARM_UP: 'true', LOG_LEVEL: 'log' } })
    try {
      const line = await stack.dc.waitForLine((l: string) => l.includes('library index built'))
      expect(JSON.parse(line)).toMatchObject({ message: { msg: 'library index built' } })
    } finally {
      await stack.stop()
    }
  })
})
