import { NOTICES, type NoticeKey } from '@pocket/contract'
import { zhCNNotices } from '@/i18n/zh-CN.notices'

/** The `{name}`s a text fills, in order of first use. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

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
    // No text for a key the servers no longer send.
    expect(Object.keys(texts).filter((key) => !(key in NOTICES))).toEqual([])
  })
})
