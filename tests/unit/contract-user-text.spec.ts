import type { z } from 'zod'
import { appRoutes, holdsUserText, MessageBody, userTextsOf, USER_TEXT } from '@pocket/contract'
import { z as zod } from 'zod'

/** Free strings of inputs that are not text for others to read: codes, names and what nobody else sees. */
const EXEMPT = new Set([
  'wechatLogin.body.code',
  'wechatLogin.body.phoneCode',
  'wechatLogin.body.ticket',
  'applyLegalAid.body.applicantName', // a person's name, checked by its own rules
  'applyLegalAid.body.idNumber',
  'staffLegalAidAction.body.assignee', // the name of who takes the case
  'consultations.query.q', // a search, seen by nobody else
  'librarySearch.query.q', // searches and questions put to the library: read by no one
  'librarySearch.query.category',
  'libraryCaseSearch.query.q',
  'institutions.query.q', // the directory's searches: read by no one
  'people.query.q',
  'libraryAsk.body.question', // (carried into a chat, it is a chat message and checked there)
])

type Def = {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  checks?: { _zod: { def: { check: string } } }[]
}

/** Input strings with no format of their own (not a phone, code, id or date): free text. */
function freeStrings(schema: z.ZodType, path: string): { path: string; marked: boolean }[] {
  const def = (schema as unknown as { def: Def }).def
  if (zod.globalRegistry.get(schema)?.[USER_TEXT]) return [{ path, marked: true }]
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return freeStrings(def.innerType!, path)
    case 'pipe':
      return freeStrings(def.in!, path)
    case 'array':
      return freeStrings(def.element!, `${path}[]`)
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([k, v]) =>
        freeStrings(v as z.ZodType, `${path}.${k}`),
      )
    case 'union':
      return (def.options ?? []).flatMap((o) => freeStrings(o, path))
    case 'string': {
      const checks = (def.checks ?? []).map((c) => c._zod.def.check)
      return checks.includes('string_format') || checks.includes('custom') ? [] : [{ path, marked: false }]
    }
    default:
      return []
  }
}

describe('text people write for others is marked for the content check', () => {
  it('marks every free-text input of the app API and of a chat message, or says why not', () => {
    const inputs = Object.entries(appRoutes).flatMap(([name, r]) =>
      (['body', 'query'] as const).flatMap((part) => {
        const schema = (r as Record<string, unknown>)[part] as z.ZodType | undefined
        return schema ? freeStrings(schema, `${name}.${part}`) : []
      }),
    )
    const unmarked = [...inputs, ...freeStrings(MessageBody, 'message.send')]
      .filter((f) => !f.marked && !EXEMPT.has(f.path))
      .map((f) => f.path)
    expect(unmarked).toEqual([])
    expect(inputs.filter((f) => f.marked).length).toBeGreaterThanOrEqual(10)
  })

  it('finds the marked texts of a value, wherever they sit', () => {
    expect(
      userTextsOf(appRoutes.book.body, { topic: '土地纠纷', note: '带上合同', contactPhone: '13900000001' }),
    ).toEqual(['土地纠纷', '带上合同'])
    expect(userTextsOf(appRoutes.saveReplies.body, { items: ['您好', '请稍等'] })).toEqual(['您好', '请稍等'])
    expect(userTextsOf(MessageBody, { kind: 'handover', target: 'legal_aid', note: '建议申请法律援助' })).toEqual([
      '建议申请法律援助',
    ])
    expect(userTextsOf(MessageBody, { kind: 'text', text: '你好' })).toEqual(['你好'])
    expect(userTextsOf(MessageBody, { kind: 'image', fileId: 'f_x', width: 1, height: 1 })).toEqual([])
  })

  it('knows which bodies can hold such text at all', () => {
    expect(holdsUserText(appRoutes.book.body)).toBe(true)
    expect(holdsUserText(MessageBody)).toBe(true)
    expect(holdsUserText(appRoutes.setVillage.body)).toBe(false)
    expect(holdsUserText(appRoutes.rescheduleAppointment.body)).toBe(false)
  })
})
