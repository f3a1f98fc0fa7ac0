import { Injectable } from '@nestjs/common'
import {
  dcRoutes,
  type Appointment,
  type AppointmentList,
  type BookAppointmentBody,
  type ClientKind,
  type ItemBooking,
  type ItemBookingQuery,
  type RescheduleBody,
  type Schedule,
  type ScheduleWeek,
  type WeekChangeEffect,
  type SlotDay,
  type StaffAction,
} from '@pocket/contract'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { channelOf } from '../common/channel.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { toInstitution } from '../directory/directory.mapper.js'
import { toAppointment } from './booking.mapper.js'

@Injectable()
export class BookingService {
  constructor(private readonly dc: DataCenterClient) {}

  async itemBooking(code: string, q: ItemBookingQuery, requestId: string): Promise<ItemBooking> {
    const res = await this.dc.call(dcRoutes.itemBooking, { actor: systemActor(requestId), params: { code } })
    const from = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : undefined
    const list = res.institutions.map((i) => ({ ...toInstitution(i, from), rating: i.rating }))
    if (from) list.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0))
    else if (q.region) {
      const county = q.region.slice(0, 6)
      list.sort((a, b) => Number(!a.regionCode.startsWith(county)) - Number(!b.regionCode.startsWith(county)))
    }
    return { rule: res.rule, institutions: list }
  }

  slots(institutionId: string, item: string, date: string, requestId: string): Promise<SlotDay> {
    return this.dc.call(dcRoutes.slots, {
      actor: systemActor(requestId),
      params: { id: institutionId },
      query: { item, date },
    })
  }

  async book(user: AuthUser, body: BookAppointmentBody, key: string, client: ClientKind): Promise<Appointment> {
    const a = await this.dc.call(dcRoutes.book, {
      actor: actorOf(user),
      body: { ...body, channel: channelOf(client), idempotencyKey: key },
    })
    return toAppointment(a)
  }

  async mine(user: AuthUser): Promise<AppointmentList> {
    const list = await this.dc.call(dcRoutes.accountAppointments, {
      actor: actorOf(user),
      params: { id: user.accountId },
    })
    return { items: list.items.map(toAppointment) }
  }

  async get(user: AuthUser, number: string): Promise<Appointment> {
    return toAppointment(await this.dc.call(dcRoutes.appointment, { actor: actorOf(user), params: { number } }))
  }

  async cancel(user: AuthUser, number: string): Promise<Appointment> {
    return toAppointment(await this.dc.call(dcRoutes.cancelAppointment, { actor: actorOf(user), params: { number } }))
  }

  async queue(user: AuthUser, date: string | undefined): Promise<AppointmentList> {
    const list = await this.dc.call(dcRoutes.staffQueue, {
      actor: actorOf(user),
      params: { id: user.accountId },
      query: { date },
    })
    return { items: list.items.map(toAppointment) }
  }

  async staffAction(user: AuthUser, number: string, action: StaffAction): Promise<Appointment> {
    return toAppointment(await this.dc.call(dcRoutes.staffAction, { actor: actorOf(user), params: { number, action } }))
  }

  schedule(user: AuthUser): Promise<Schedule> {
    return this.dc.call(dcRoutes.schedule, { actor: actorOf(user), params: { id: user.accountId } })
  }

  previewWeek(user: AuthUser, body: ScheduleWeek): Promise<WeekChangeEffect> {
    return this.dc.call(dcRoutes.previewWeek, { actor: actorOf(user), params: { id: user.accountId }, body })
  }

  replaceWeek(user: AuthUser, body: ScheduleWeek): Promise<Schedule> {
    return this.dc.call(dcRoutes.replaceWeek, { actor: actorOf(user), params: { id: user.accountId }, body })
  }

  closeDay(user: AuthUser, date: string, reason: string): Promise<Schedule> {
    return this.dc.call(dcRoutes.closeDay, {
      actor: actorOf(user),
      params: { id: user.accountId, date },
      body: { reason },
    })
  }

  reopenDay(user: AuthUser, date: string): Promise<Schedule> {
    return this.dc.call(dcRoutes.reopenDay, { actor: actorOf(user), params: { id: user.accountId, date } })
  }

  async reschedule(user: AuthUser, number: string, body: RescheduleBody): Promise<Appointment> {
    const a = await this.dc.call(dcRoutes.rescheduleAppointment, { actor: actorOf(user), params: { number }, body })
    return toAppointment(a)
  }
}
