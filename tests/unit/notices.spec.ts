import { NOTICES, type NoticeKey } from '@pocket/contract'
import { said } from '@/i18n'
import { PARAM_FORMATS } from '@/i18n/format'
import { zhCNNotices } from '@/i18n/zh-CN.notices'

/** The `{name}`s (and `{name:format}`s) a text fills, sorted. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]))].sort()
/** The formats a text names that the client cannot write. */
const unknownFormats = (text: string) =>
  [...text.matchAll(/\{\w+:(\w+)\}/g)].map((m) => m[1]).filter((f) => !(PARAM_FORMATS as readonly string[]).includes(f))

/**
 * Every notice the servers can send is a key of contract/src/notices.ts: each must have a text in
 * every language the client ships, naming exactly the values the notice gives.
 */
describe('notices the servers send as keys', () => {
  const languages = { 'zh-CN': zhCNNotices as Record<string, string | undefined> }

  it.each(Object.entries(languages))('has a %s text for every key, with exactly its values', (_, texts) => {
    const missing = Object.keys(NOTICES).filter((key) => !texts[key]?.trim())
    expect(missing).toEqual([])
    const mismatched = (Object.entries(NOTICES) as [NoticeKey, readonly string[]][])
      .filter(([key, params]) => placeholders(texts[key] ?? '').join() !== [...params].sort().join())
      .map(
        ([key, params]) =>
          `${key}: text names {${placeholders(texts[key] ?? '').join()}}, notice gives {${params.join()}}`,
      )
    expect(mismatched).toEqual([])
    expect(Object.values(texts).flatMap((text) => unknownFormats(text ?? ''))).toEqual([])
    // No text for a key the servers no longer send.
    expect(Object.keys(texts).filter((key) => !(key in NOTICES))).toEqual([])
  })
})

describe('values a notice names in a format', () => {
  it('writes days, weekdays, talk time and call kinds the way the language does', () => {
    expect(
      said(
        {
          key: 'timeline.rescheduled',
          params: { fromDate: '2026-12-09', fromStart: '10:00', toDate: '2026-12-13', toStart: '09:30' },
        },
        '',
      ),
    ).toBe('12月9日 周三 10:00 → 12月13日 周日 09:30')
    expect(
      said(
        {
          key: 'week.overlap',
          params: { weekday: 3, start: '09:00', end: '09:30', otherStart: '09:15', otherEnd: '09:45' },
        },
        '',
      ),
    ).toBe('周三 09:00–09:30 与 09:15–09:45 重叠，请调整时间')
    expect(said({ key: 'callNote.talked', params: { kind: 'video', seconds: 185 } }, '')).toBe(
      '视频通话 · 通话时长 3分05秒',
    )
    expect(
      said({ key: 'chatNote.adviserAway', params: { adviser: '马晓梅', backup: '李建国', until: '2026-12-20' } }, ''),
    ).toBe('马晓梅老师请假中（至12月20日），由备岗法律顾问李建国老师为您解答')
  })

  it('shows a value its format cannot read as it came, and a key this build does not know as the fallback', () => {
    expect(said({ key: 'week.endBeforeStart', params: { weekday: 9, start: '10:00', end: '09:00' } }, '')).toBe(
      '9 10:00–09:00：结束时间应晚于开始时间',
    )
    expect(said({ key: 'someday.newKey' }, '旧版本的原话')).toBe('旧版本的原话')
  })
})
