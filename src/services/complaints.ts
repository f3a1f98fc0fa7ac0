import type { ComplaintAbout, ComplaintBody, ComplaintStatus } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { useSession } from '@/stores/session'
import { api } from './request'
import { goTo } from './session'

export const complaintsApi = {
  subject: (about: ComplaintAbout, id: string) => api(appRoutes.complaintSubject, { query: { about, id } }),
  /** The key stays the same across retries of one complaint, so a lost reply never files it twice. */
  file: (body: ComplaintBody, idempotencyKey: string) =>
    api(appRoutes.fileComplaint, { headers: { 'idempotency-key': idempotencyKey }, body }),
  get: (number: string) => api(appRoutes.complaint, { params: { number } }),
  askReview: (number: string, text: string) =>
    api(appRoutes.askComplaintReview, { params: { number }, body: { text } }),
}

/** Staff: the complaints about their office and its people, their answers, and 督办 for a center. */
export const complaintDeskApi = {
  list: (status?: ComplaintStatus) => api(appRoutes.staffComplaints, { query: { status } }),
  answer: (number: string, text: string) => api(appRoutes.answerComplaint, { params: { number }, body: { text } }),
  supervised: () => api(appRoutes.supervisedComplaints),
}

/** Opens 我要投诉 about an institution, a person or a request of mine; asks to sign in first. */
export function complainAbout(about: ComplaintAbout, id: string): void {
  if (useSession.getState().accessToken) goTo('fileComplaint', { about, id })
  else goTo('login')
}
