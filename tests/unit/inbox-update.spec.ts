import type { Consultation, ConsultationList, Message } from '@pocket/contract'
import { withMessage } from '../../src/packages/workbench/index/inbox-update'

const conversation = (id: string, over: Partial<Consultation> = {}): Consultation =>
  ({
    id,
    lastSeq: 4,
    lastMessage: null,
    unread: 1,
    deadline: { state: 'normal', waitingSince: '2026-12-06T01:00:00.000Z', dueAt: '2026-12-07T01:00:00.000Z' },
    updatedAt: '2026-12-06T01:00:00.000Z',
    ...over,
  }) as Consultation
const list: ConsultationList = { items: [conversation('c1'), conversation('c2')] }
const message = (over: Partial<Message> = {}): Message => ({
  consultationId: 'c2',
  seq: 5,
  clientId: 'm-00000005',
  sender: { role: 'resident', name: '张三' },
  at: '2026-12-06T02:00:00.000Z',
  body: { kind: 'text', text: '我又想起一件事' },
  ...over,
})

describe('the inbox after a new message, from the frame alone', () => {
  it("moves the conversation to the top with the message's line and one more unread", () => {
    const next = withMessage(list, message())!
    expect(next.items.map((c) => c.id)).toEqual(['c2', 'c1'])
    expect(next.items[0]).toMatchObject({
      lastSeq: 5,
      unread: 2,
      lastMessage: { seq: 5, kind: 'text', text: '我又想起一件事', sender: { role: 'resident' } },
    })
  })

  it('keeps the list as it is for a message it already shows', () => {
    expect(withMessage(list, message({ seq: 4 }))).toBe(list)
  })

  it('asks for a reload when only the server can say what changed', () => {
    expect(withMessage(list, message({ consultationId: 'c9' }))).toBeNull()
    expect(withMessage(list, message({ sender: { role: 'system', name: '系统消息' } }))).toBeNull()
    // The adviser answers a waiting resident: the deadline ends.
    expect(withMessage(list, message({ sender: { role: 'adviser', name: '马晓梅' } }))).toBeNull()
    // A resident's first unanswered question starts one.
    const answered = { items: [conversation('c2', { deadline: { state: 'none', waitingSince: null, dueAt: null } })] }
    expect(withMessage(answered, message())).toBeNull()
  })
})
