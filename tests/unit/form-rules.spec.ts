import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { appFormRules } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import { appRoutes } from '../../contract/src/app-api/routes'

const SRC = join(__dirname, '..', '..', 'src')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

/** A length a form checks written as a number: it drifts from what the BFF accepts. */
const WRITTEN_LENGTH = /maxlength=\{\d|\.length\s*<\s*\d/

describe('form rules', () => {
  it('come from the contract in every page and component, never as numbers written there', () => {
    const screens = ['pages', 'packages', 'components'].flatMap((dir) => files(join(SRC, dir)))
    const written = screens.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          WRITTEN_LENGTH.test(line) ? [`${file.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}`] : [],
        ),
    )
    expect(written).toEqual([])
  })

  it('are the limits the routes validate with: one more character is refused, the limit itself is not', () => {
    expect(formRules).toEqual(appFormRules())
    const note = (text: string) => appRoutes.rateConsultation.body.safeParse({ score: 5, comment: text }).success
    expect(note('好'.repeat(formRules.rateConsultation.comment.max))).toBe(true)
    expect(note('好'.repeat(formRules.rateConsultation.comment.max + 1))).toBe(false)
    const reason = (text: string) => appRoutes.closeDay.body.safeParse({ reason: text }).success
    expect(reason('维'.repeat(formRules.closeDay.reason.max))).toBe(true)
    expect(reason('维'.repeat(formRules.closeDay.reason.max + 1))).toBe(false)
    expect(reason('')).toBe(false)
  })
})
