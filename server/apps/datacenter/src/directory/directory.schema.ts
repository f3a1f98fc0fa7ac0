import { boolean, date, doublePrecision, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import {
  InstitutionKind,
  PersonKind,
  PracticeStatus,
  type InstitutionService,
  type SpokenLanguage,
} from '@pocket/contract'
import { valuesOf } from '../db/columns.js'
import { regions } from '../regions/regions.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

export const institutions = pgTable(
  'institutions',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: valuesOf(InstitutionKind) }).notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    address: text('address').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    hours: text('hours').notNull(),
    phone: text('phone').notNull(),
    services: jsonb('services').$type<InstitutionService[]>().notNull().default([]),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('institutions_region_idx').on(t.regionCode)],
)

export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: valuesOf(PersonKind) }).notNull(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    phone: text('phone').notNull(),
    photoUrl: text('photo_url'),
    institutionId: text('institution_id').references(() => institutions.id),
    licenceNo: text('licence_no'),
    specialties: jsonb('specialties').$type<string[]>().notNull().default([]),
    languages: jsonb('languages').$type<SpokenLanguage[]>().notNull().default(['mandarin']),
    practiceStatus: text('practice_status', { enum: valuesOf(PracticeStatus) })
      .notNull()
      .default('practising'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [uniqueIndex('people_phone_idx').on(t.phone), index('people_institution_idx').on(t.institutionId)],
)

/** The adviser each village is assigned, and the one who covers while they are away. */
export const villageAdvisers = pgTable('village_advisers', {
  villageCode: text('village_code')
    .primaryKey()
    .references(() => regions.code),
  adviserId: text('adviser_id')
    .notNull()
    .references(() => people.id),
  backupId: text('backup_id').references(() => people.id),
})

/** A practitioner's public credit record (信用信息公开): rewards and penalties, with their dates. */
export const creditRecords = pgTable(
  'credit_records',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: ['reward', 'penalty'] }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('credit_records_person_idx').on(t.personId)],
)

answerConflicts({
  credit_records_pkey: null,
  institutions_pkey: null,
  people_pkey: null,
  people_phone_idx: null,
  village_advisers_pkey: null,
})
