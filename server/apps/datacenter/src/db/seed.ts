import { VIDEO_CONSULT_ITEM } from '@pocket/contract'
import { count, eq } from 'drizzle-orm'
import type { Db } from './database.js'
import { catalogItems } from '../catalog/catalog.schema.js'
import { institutions, people, villageAdvisers } from '../directory/directory.schema.js'
import { regions } from '../regions/regions.schema.js'
import { bookingRules, calendarDays, institutionItems, weeklySlots } from '../booking/booking.schema.js'
import { itemsByKind, seedBookingRules, seedCalendar2026, seedWeeklySlots, videoConsultPlaces } from './seed-booking.js'
import { seedCatalog } from './seed-catalog.js'
import { seedAssignments, seedInstitutions, seedPeople } from './seed-directory.js'
import { seedRegions } from './seed-regions.js'

/** Seeds the demo province on an empty database; returns whether it did. */
export async function seedDemoData(db: Db): Promise<boolean> {
  const seededBase = await seedBase(db)
  const seededBooking = await seedBooking(db)
  const seededVideo = await seedVideoConsult(db)
  return seededBase || seededBooking || seededVideo
}

async function seedBase(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(regions)
  if (n > 0) return false
  const allRegions = seedRegions()
  await db.transaction(async (tx) => {
    await tx.insert(regions).values(allRegions)
    await tx.insert(institutions).values(seedInstitutions.map((i) => ({ ...i, isDemo: true })))
    await tx.insert(people).values(seedPeople.map((p) => ({ ...p, photoUrl: null, isDemo: true })))
    const assignments = allRegions
      .filter((r) => r.level === 'village')
      .map((v) => {
        const [adviserId, backupId] = seedAssignments[v.parentCode ?? '']
        return { villageCode: v.code, adviserId, backupId }
      })
    await tx.insert(villageAdvisers).values(assignments)
    await tx.insert(catalogItems).values(seedCatalog.map((c, sort) => ({ ...c, sort })))
  })
  return true
}

/** Booking rules, schedules and the holiday calendar; on its own, so a database seeded before booking gets them. */
async function seedBooking(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(bookingRules)
  if (n > 0) return false
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

/** 视频咨询 came after the first databases were seeded: those get the item, its rule and places once. */
async function seedVideoConsult(db: Db): Promise<boolean> {
  const [item] = await db.select().from(catalogItems).where(eq(catalogItems.code, VIDEO_CONSULT_ITEM))
  const seed = seedCatalog.findIndex((c) => c.code === VIDEO_CONSULT_ITEM)
  if (item) return false
  await db.transaction(async (tx) => {
    await tx.insert(catalogItems).values({ ...seedCatalog[seed], sort: seed })
    const rule = seedBookingRules.filter((r) => r.itemCode === VIDEO_CONSULT_ITEM)
    await tx.insert(bookingRules).values(rule).onConflictDoNothing()
    const advisers = await tx.select({ kind: people.kind, institutionId: people.institutionId }).from(people)
    const places = videoConsultPlaces(advisers).map((institutionId) => ({
      institutionId,
      itemCode: VIDEO_CONSULT_ITEM,
    }))
    if (places.length) await tx.insert(institutionItems).values(places).onConflictDoNothing()
  })
  return true
}
