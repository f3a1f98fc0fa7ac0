import type { BookAppointmentBody, ItemBookingQuery, RescheduleBody } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const bookingApi = {
  item: (code: string) => api(appRoutes.catalogItem, { params: { code } }),
  itemBooking: (code: string, query: ItemBookingQuery) => api(appRoutes.itemBooking, { params: { code }, query }),
  slots: (institutionId: string, item: string, date: string) =>
    api(appRoutes.institutionSlots, { params: { id: institutionId }, query: { item, date } }),
  /** The key stays the same across retries of one booking, so a lost reply never books twice. */
  book: (body: BookAppointmentBody, idempotencyKey: string) =>
    api(appRoutes.book, { headers: { 'idempotency-key': idempotencyKey }, body }),
  mine: () => api(appRoutes.myAppointments),
  get: (number: string) => api(appRoutes.appointment, { params: { number } }),
  cancel: (number: string) => api(appRoutes.cancelAppointment, { params: { number } }),
  reschedule: (number: string, body: RescheduleBody) =>
    api(appRoutes.rescheduleAppointment, { params: { number }, body }),
}
