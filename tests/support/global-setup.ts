import { makePgliteTemplate } from './pglite-template'

/** Once per jest run, before the projects that start data centers (see pglite-template.ts). */
export default async function globalSetup(): Promise<void> {
  await makePgliteTemplate()
}
