import type { DcAppointment, TimelineEntry } from '@pocket/contract'
import { instantAt } from '@pocket/contract'
import type { AppointmentRecord } from './appointments.repository.js'

export function toDcAppointment(r: AppointmentRecord, timeline: TimelineEntry[]): DcAppointment {
  return {
    number: r.number,
    accountId: r.accountId,
    channel: r.channel,
    status: r.status,
    item: { code: r.itemCode, name: r.itemName },
    institution: r.institution,
    date: r.date,
    start: r.start,
    end: r.end,
    startsAt: r.startsAt.toISOString(),
    topic: r.topic,
    note: r.note,
    contactPhone: r.contactPhone,
    createdAt: r.createdAt.toISOString(),
    timeline,
    canChange: r.status === 'booked' && r.startsAt.getTime() > Date.now(),
    rating:
      r.ratingScore === null
        ? null
        : { score: r.ratingScore, tags: r.ratingTags ?? [], comment: r.ratingComment ?? '' },
    video: r.consultationId
      ? {
          consultationId: r.consultationId,
          adviserName: r.adviserName ?? '',
          endsAt: instantAt(r.date, r.end).toISOString(),
        }
      : null,
  }
}
