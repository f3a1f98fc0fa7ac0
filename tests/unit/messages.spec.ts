import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { PARAM_FORMATS } from '@/i18n/format'
import { zhCN } from '@/i18n/zh-CN'

const PACKAGES = join(__dirname, '../../src/packages')

/** Each subpackage's own dictionary, by subpackage (src/packages/<name>/i18n/zh-CN.ts). */
function subpackageDictionaries(): [string, Record<string, string>][] {
  return readdirSync(PACKAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(PACKAGES, d.name)).includes('i18n'))
    .map((d) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(PACKAGES, d.name, 'i18n', 'zh-CN.ts')) as Record<string, Record<string, string>>
      return [d.name, Object.values(mod)[0]]
    })
}

const unknownFormats = (text: string) =>
  [...text.matchAll(/\{\w+:(\w+)\}/g)].map((m) => m[1]).filter((f) => !(PARAM_FORMATS as readonly string[]).includes(f))

describe('the client’s dictionaries: the shared one and each subpackage’s', () => {
  const dictionaries = subpackageDictionaries()

  it('finds the subpackages that keep their own words', () => {
    expect(dictionaries.map(([name]) => name)).toContain('calculators')
  })

  it('never lets a subpackage redefine a shared key, nor two subpackages the same key', () => {
    const seen = new Map(Object.keys(zhCN).map((k) => [k, 'shared']))
    const clashes: string[] = []
    for (const [name, messages] of dictionaries) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) clashes.push(`${name}: ${key} (also ${seen.get(key)})`)
        seen.set(key, name)
      }
    }
    expect(clashes).toEqual([])
  })

  it('names only formats the client can write', () => {
    const all = [zhCN as Record<string, string>, ...dictionaries.map(([, m]) => m)]
    expect(all.flatMap((m) => Object.values(m).flatMap(unknownFormats))).toEqual([])
  })
})
