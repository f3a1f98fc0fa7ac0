import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/datacenter/src/**/*.schema.ts',
  out: './apps/datacenter/drizzle',
})
