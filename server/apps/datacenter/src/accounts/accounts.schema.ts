import { sql } from 'drizzle-orm'
import { boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { Role } from '@pocket/contract'
import { createdAt, valuesOf } from '../db/columns.js'
import { people } from '../directory/directory.schema.js'
import { regions } from '../regions/regions.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    role: text('role', { enum: valuesOf(Role) }).notNull(),
    phone: text('phone'),
    wechatAppId: text('wechat_app_id'),
    openid: text('openid'),
    unionid: text('unionid'),
    personId: text('person_id').references(() => people.id),
    villageCode: text('village_code').references(() => regions.code),
    displayName: text('display_name').notNull(),
    /** Notices say only that there is something new (a shared phone shows them on its lock screen). */
    discreetNotices: boolean('discreet_notices').notNull().default(false),
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
    // The accounts of a directory person (an adviser's phone, staff): read for every batch of chat
    // messages, among hundreds of thousands of residents' accounts, which have none.
    index('accounts_person_idx')
      .on(t.personId)
      .where(sql`${t.personId} is not null`),
  ],
)

// Sign-ins insert ON CONFLICT DO NOTHING; joining a WeChat account to a phone (an update) can race.
answerConflicts({
  accounts_pkey: null,
  accounts_phone_idx: ['CONFLICT', 'account.phoneTakenMeanwhile'],
  accounts_openid_idx: ['CONFLICT', 'account.wechatTakenMeanwhile'],
})
