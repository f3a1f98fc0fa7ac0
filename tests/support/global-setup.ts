import { makeDbTemplates } from './db-templates'

/** Once per jest run, before the projects that start data centers (see db-templates.ts). */
export default async function globalSetup(): Promise<void> {
  await makeDbTemplates()
}
