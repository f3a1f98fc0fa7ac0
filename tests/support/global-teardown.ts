import { removeDbTemplates } from './db-templates'

export default async function globalTeardown(): Promise<void> {
  await removeDbTemplates()
}
