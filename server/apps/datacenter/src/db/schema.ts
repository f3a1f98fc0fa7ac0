import { sql } from 'drizzle-orm'
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import type { ServiceGuide } from '@pocket/contract'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'town', 'village'] }).notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
)

export const institutions = pgTable(
  'institutions',
  {
    id: text('id').primaryKey(),
    kind: text('kind', {
      enum: [
        'pls_center',
        'workstation',
        'legal_aid_center',
        'notary_office',
        'mediation_committee',
        'law_firm',
        'appraisal_institute',
      ],
    }).notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    address: text('address').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    hours: text('hours').notNull(),
    phone: text('phone').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('institutions_region_idx').on(t.regionCode)],
)

export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['adviser', 'lawyer', 'notary', 'mediator', 'staff'] }).notNull(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    phone: text('phone').notNull(),
    photoUrl: text('photo_url'),
    institutionId: text('institution_id').references(() => institutions.id),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [uniqueIndex('people_phone_idx').on(t.phone), index('people_institution_idx').on(t.institutionId)],
)

export const villageAdvisers = pgTable('village_advisers', {
  villageCode: text('village_code')
    .primaryKey()
    .references(() => regions.code),
  adviserId: text('adviser_id')
    .notNull()
    .references(() => people.id),
  backupId: text('backup_id').references(() => people.id),
})

export const catalogItems = pgTable('catalog_items', {
  code: text('code').primaryKey(),
  category: text('category', {
    enum: ['legal_aid', 'mediation', 'notarization', 'judicial_appraisal', 'lawyer_consult', 'legal_consult'],
  }).notNull(),
  name: text('name').notNull(),
  summary: text('summary').notNull(),
  guide: jsonb('guide').$type<ServiceGuide>().notNull(),
  sort: integer('sort').notNull().default(0),
})

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    role: text('role', { enum: ['resident', 'adviser', 'staff'] }).notNull(),
    phone: text('phone'),
    wechatAppId: text('wechat_app_id'),
    openid: text('openid'),
    unionid: text('unionid'),
    personId: text('person_id').references(() => people.id),
    villageCode: text('village_code').references(() => regions.code),
    displayName: text('display_name').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_phone_idx')
      .on(t.phone)
      .where(sql`${t.phone} is not null`),
    uniqueIndex('accounts_openid_idx')
      .on(t.wechatAppId, t.openid)
      .where(sql`${t.openid} is not null`),
  ],
)

export const smsChallenges = pgTable(
  'sms_challenges',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    phone: text('phone').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: smallint('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('sms_challenges_phone_idx').on(t.phone, t.createdAt)],
)

/** A refresh-token family: one sign-in on one device. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
    createdAt: createdAt(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('sessions_token_idx').on(t.tokenHash), index('sessions_account_idx').on(t.accountId)],
)

/** Refresh tokens already exchanged; presenting one again means it was stolen. */
export const spentRefreshTokens = pgTable('spent_refresh_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  sessionId: text('session_id')
    .notNull()
    .references(() => sessions.id),
  spentAt: timestamp('spent_at', { withTimezone: true }).notNull().defaultNow(),
})

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    role: text('role').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
)

/** Signed-request nonces inside the signature window (PostgreSQL deployments: shared by every instance). */
export const requestNonces = pgTable(
  'request_nonces',
  {
    nonce: text('nonce').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_nonces_expires_idx').on(t.expiresAt)],
)
