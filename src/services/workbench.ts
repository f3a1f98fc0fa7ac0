import { appRoutes } from '@pocket/contract/app-routes'
import type { WeeklySlot } from '@pocket/contract'
import { api } from './request'

export const workbenchApi = {
  summary: () => api(appRoutes.workbenchSummary),
}

export const deskApi = {
  queue: (date?: string) => api(appRoutes.staffQueue, { query: { date } }),
  checkIn: (number: string) => api(appRoutes.staffCheckIn, { params: { number } }),
  complete: (number: string) => api(appRoutes.staffComplete, { params: { number } }),
  noShow: (number: string) => api(appRoutes.staffNoShow, { params: { number } }),
}

export const scheduleApi = {
  get: () => api(appRoutes.mySchedule),
  previewWeek: (weekly: WeeklySlot[]) => api(appRoutes.previewWeek, { body: { weekly } }),
  replaceWeek: (weekly: WeeklySlot[]) => api(appRoutes.replaceWeek, { body: { weekly } }),
  close: (date: string, reason: string) => api(appRoutes.closeDay, { params: { date }, body: { reason } }),
  reopen: (date: string) => api(appRoutes.reopenDay, { params: { date } }),
}
