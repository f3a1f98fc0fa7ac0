import { appRoutes } from '@pocket/contract/app-routes'
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
  changeSlot: (weekday: number, start: string, end: string, seats: number) =>
    api(appRoutes.changeSlot, { params: { weekday, start }, body: { end, seats } }),
  close: (date: string, reason: string) => api(appRoutes.closeDay, { params: { date }, body: { reason } }),
  reopen: (date: string) => api(appRoutes.reopenDay, { params: { date } }),
}
