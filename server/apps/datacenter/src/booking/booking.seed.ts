import { VIDEO_CONSULT_ITEM } from '@pocket/contract'
import { count } from 'drizzle-orm'
import type { Db } from '../db/database.js'
import { institutions, people } from '../directory/directory.schema.js'
import { bookingRules, calendarDays, institutionItems, weeklySlots } from './booking.schema.js'
import { itemsByKind, seedBookingRules, seedCalendar2026, seedWeeklySlots, videoConsultPlaces } from './demo-booking.js'

/** Booking rules, the demo institutions' items and weeks, and the holiday calendar; once. */
export async function seedBooking(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(bookingRules)
  if (n > 0) return seedVideoConsultPlaces(db)
  await db.transaction(async (tx) => {
    await tx.insert(bookingRules).values(seedBookingRules)
    const all = await tx.select({ id: institutions.id, kind: institutions.kind }).from(institutions)
    const offered = all.flatMap((i) => itemsByKind[i.kind].map((itemCode) => ({ institutionId: i.id, itemCode })))
    const advisers = await tx.select({ kind: people.kind, institutionId: people.institutionId }).from(people)
    offered.push(
      ...videoConsultPlaces(advisers).map((institutionId) => ({ institutionId, itemCode: VIDEO_CONSULT_ITEM })),
    )
    if (offered.length) await tx.insert(institutionItems).values(offered)
    const week = all.flatMap((i) => seedWeeklySlots(i.id, i.kind))
    if (week.length) await tx.insert(weeklySlots).values(week)
    await tx.insert(calendarDays).values(seedCalendar2026).onConflictDoNothing()
  })
  return true
}

/** 视频咨询 came after the first databases were seeded: those get its rule and places once. */
async function seedVideoConsultPlaces(db: Db): Promise<boolean> {
  const rule = seedBookingRules.filter((r) => r.itemCode === VIDEO_CONSULT_ITEM)
  const inserted = await db.insert(bookingRules).values(rule).onConflictDoNothing().returning()
  if (inserted.length === 0) return false
  const advisers = await db.select({ kind: people.kind, institutionId: people.institutionId }).from(people)
  const places = videoConsultPlaces(advisers).map((institutionId) => ({ institutionId, itemCode: VIDEO_CONSULT_ITEM }))
  if (places.length) await db.insert(institutionItems).values(places).onConflictDoNothing()
  return true
}
