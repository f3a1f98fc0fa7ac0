import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { appRoutes, dcRoutes } from '@pocket/contract'
import { ROOT } from '../support/processes'

const run = promisify(execFile)
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name)

/**
 * What a province's vendor does with the documents: generate a typed client from each and build
 * against it. A call below that does not fit the generated types fails the compile.
 */
const USE = `import createClient from 'openapi-fetch'
import type { paths as App } from './app-api'
import type { paths as Dc } from './datacenter-api'

const app = createClient<App>({ baseUrl: 'https://12348.example/api/v1' })
const dc = createClient<Dc>({ baseUrl: 'https://dc.example/dc/v1' })

export async function use(): Promise<string[]> {
  const person = await app.GET('/people/{id}', { params: { path: { id: 'p-1' } } })
  const regions = await app.GET('/regions', { params: { query: { parent: '640000' } } })
  const sent = await app.POST('/auth/sms/send', { body: { phone: '13900000001' } })
  const village = await dc.PUT('/accounts/{id}/village', {
    params: { path: { id: 'a-1' } },
    body: { villageCode: '640121100201' },
  })
  const advisers = await dc.GET('/villages/{code}/advisers', { params: { path: { code: '640121100201' } } })
  const failed: string | undefined = person.error?.message
  return [
    person.data?.licenceNo ?? failed ?? '',
    String(regions.data?.items[0]?.hasChildren),
    String(sent.data?.resendAfter),
    village.data?.account.villageCode ?? '',
    advisers.data?.adviser.name ?? '',
  ]
}
`

describe('the OpenAPI documents as a vendor uses them', () => {
  let dir: string
  beforeAll(() => {
    // Inside the repository, so the generated files resolve openapi-fetch from its node_modules.
    mkdirSync(join(ROOT, 'test-results'), { recursive: true })
    dir = mkdtempSync(join(ROOT, 'test-results', 'openapi-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('generate a typed client for each API, with an operation per route, that compiles', async () => {
    for (const [doc, routes] of [
      ['app-api', appRoutes],
      ['datacenter-api', dcRoutes],
    ] as const) {
      await run(bin('openapi-typescript'), [join(ROOT, `contract/openapi/${doc}.json`), '-o', join(dir, `${doc}.ts`)])
      const generated = readFileSync(join(dir, `${doc}.ts`), 'utf8')
      for (const operationId of Object.keys(routes))
        expect(generated).toMatch(new RegExp(`^    ${operationId}: \\{`, 'm'))
    }
    writeFileSync(join(dir, 'use.ts'), USE)
    const compile = await run(
      bin('tsc'),
      [
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        '--typeRoots',
        join(ROOT, 'node_modules/@types'),
        '--types',
        'node',
        join(dir, 'use.ts'),
      ],
      { cwd: ROOT },
    ).catch((err: Error & { stdout?: string }) => ({ stdout: err.stdout ?? err.message }))
    expect(compile.stdout).toBe('')
  })
})
