import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { AppointmentStatus } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { catalogItems } from '../catalog/catalog.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { consultations } from '../consultations/consultations.schema.js'
import { institutions, people } from '../directory/directory.schema.js'
import { requests } from '../requests/requests.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/** How far ahead, and how late, an item can be booked. */
export const bookingRules = pgTable('booking_rules', {
  itemCode: text('item_code')
    .primaryKey()
    .references(() => catalogItems.code),
  minNoticeMinutes: integer('min_notice_minutes').notNull(),
  horizonDays: integer('horizon_days').notNull(),
})

/** Which items an institution takes bookings for. */
export const institutionItems = pgTable(
  'institution_items',
  {
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    itemCode: text('item_code')
      .notNull()
      .references(() => catalogItems.code),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.itemCode] })],
)

/** An institution's week: on weekday W, from start to end (Beijing time), so many seats. */
export const weeklySlots = pgTable(
  'weekly_slots',
  {
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** 1 = Monday … 7 = Sunday */
    weekday: integer('weekday').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    seats: integer('seats').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.institutionId, t.weekday, t.start] }),
    check('weekly_slots_seats', sql`${t.seats} > 0`),
  ],
)

/** Days an institution is closed besides public holidays. */
export const closures = pgTable(
  'institution_closures',
  {
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.date] })],
)

/** Public holidays and make-up working days (调休), as the State Council announces them each year. */
export const calendarDays = pgTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull(),
  asWeekday: integer('as_weekday'),
})

/**
 * Seats of one dated slot, created on its first booking. Seats are taken with a conditional
 * UPDATE (`booked < seats`), and the check makes overselling impossible even for a wrong query.
 */
export const slotSeats = pgTable(
  'slot_seats',
  {
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    seats: integer('seats').notNull(),
    booked: integer('booked').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.institutionId, t.startsAt] }),
    check('slot_seats_not_oversold', sql`${t.booked} >= 0 and ${t.booked} <= ${t.seats}`),
  ],
)

/** The statuses of a booking still to happen: it holds its seat (and, for 视频咨询, its adviser). */
export const ACTIVE_APPOINTMENT: AppointmentStatus[] = ['booked', 'checked_in']

/** A booked seat; its number is the request's unified number. */
export const appointments = pgTable(
  'appointments',
  {
    number: text('number')
      .primaryKey()
      .references(() => requests.number),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    itemCode: text('item_code')
      .notNull()
      .references(() => catalogItems.code),
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    date: text('date').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: valuesOf(AppointmentStatus) }).notNull(),
    topic: text('topic').notNull(),
    note: text('note').notNull(),
    /** 视频咨询: the conversation whose adviser the resident meets on video, and that adviser. */
    consultationId: text('consultation_id').references(() => consultations.id),
    adviserPersonId: text('adviser_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    // An adviser meets one resident at a time: one active video consultation per adviser and start.
    uniqueIndex('appointments_adviser_one_at_a_time')
      .on(t.adviserPersonId, t.startsAt)
      .where(sql`${t.adviserPersonId} is not null and ${t.status} in ('booked', 'checked_in')`),
    // A conversation's 视频咨询 are read with every view of it (the inbox too) and with every call that ends.
    index('appointments_consultation_idx')
      .on(t.consultationId)
      .where(sql`${t.consultationId} is not null`),
    // One active booking per resident, item and day: a second one conflicts here, whatever races.
    uniqueIndex('appointments_one_active_per_day')
      .on(t.accountId, t.itemCode, t.date)
      .where(sql`${t.status} in ('booked', 'checked_in')`),
    uniqueIndex('appointments_institution_day_idx').on(t.institutionId, t.startsAt, t.number),
  ],
)

// Booking inserts ON CONFLICT DO NOTHING; a reschedule is an update, and two of them (or a
// reschedule and a booking) can race into the same day or the same adviser's half hour.
answerConflicts({
  appointments_pkey: null,
  appointments_one_active_per_day: ['ALREADY_BOOKED', 'booking.alreadyBooked'],
  appointments_adviser_one_at_a_time: ['SLOT_FULL', 'booking.adviserTaken'],
  appointments_institution_day_idx: null,
  booking_rules_pkey: null,
  calendar_days_pkey: null,
  institution_closures_institution_id_date_pk: null,
  institution_items_institution_id_item_code_pk: null,
  slot_seats_institution_id_starts_at_pk: null,
  weekly_slots_institution_id_weekday_start_pk: null,
})
