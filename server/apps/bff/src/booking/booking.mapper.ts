import type { Appointment, DcAppointment } from '@pocket/contract'
import { maskPhone } from '#common'

/** What the resident sees of a booking: the phone masked, the owner and channel left out. */
export function toAppointment(a: DcAppointment): Appointment {
  return {
    number: a.number,
    status: a.status,
    item: a.item,
    institution: a.institution,
    date: a.date,
    start: a.start,
    end: a.end,
    startsAt: a.startsAt,
    topic: a.topic,
    note: a.note,
    contactPhone: maskPhone(a.contactPhone),
    createdAt: a.createdAt,
    timeline: a.timeline,
    canChange: a.canChange,
    rating: a.rating,
    video: a.video,
  }
}
