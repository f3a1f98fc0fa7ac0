import { normalize, RuleSet } from './rule-set.js'

const rules = new RuleSet([
  { match: 'word', pattern: '网赌平台', verdict: 'risky' },
  { match: 'word', pattern: '弄死你', verdict: 'review' },
  { match: 'regex', pattern: '(加|\\+)\\s*(微信|vx)\\s*[0-9a-z_-]{5,}', verdict: 'review' },
])

describe('the content rules', () => {
  it('refuses a risky word however it is spaced, punctuated or widened', () => {
    for (const text of ['有没有网赌平台推荐', '网 赌·平 台', '网\u200b赌平台', 'ＡＢ网赌平台'])
      expect(rules.judge(text)).toBe('risky')
  })

  it('lets a review word and a matching pattern through, marked for the log', () => {
    expect(rules.judge('他说要弄死你全家，我该报警吗')).toBe('review')
    expect(rules.judge('有事加微信 lawyer_2026')).toBe('review')
  })

  it('passes a legal question about the same things', () => {
    expect(rules.judge('我借给他的钱被他拿去网赌输了，能要回来吗？')).toBe('pass')
    expect(rules.judge('赌债受法律保护吗')).toBe('pass')
  })

  it('compares letters and digits only', () => {
    expect(normalize('Ａ b-1，２！')).toBe('ab12')
  })
})
