import type { Consultation } from '@pocket/contract'
import { call } from './api'
import { book } from './booking'

export const VIDEO = 'video-consult'
/** Where 马晓梅, the adviser of the demo village, works from. */
export const ADVISERS_FIRM = 'inst-law-helan'

/** Books a 视频咨询 through the BFF (with the adviser's firm unless told another place). */
export const video = (
  stack: { bffUrl: string },
  token: string,
  date: string,
  start: string,
  institutionId = ADVISERS_FIRM,
) => book(stack.bffUrl, token, { itemCode: VIDEO, institutionId, date, start, topic: '宅基地纠纷，想给顾问看看材料' })

/** The resident's (or adviser's first) conversation, as the app opens it. */
export const mine = async (stack: { bffUrl: string }, token: string) =>
  (await call<Consultation>(stack.bffUrl, 'POST', '/api/v1/consultations', { token })).body
