import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { appRoutes, dcRoutes, type RouteTable } from '@pocket/contract'
import { ROOT } from '../support/processes'

/** What Nest mounts in the built server, read by starting its real modules. */
async function mounted(server: 'bff' | 'datacenter'): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    join(ROOT, 'tests/support/mounted-routes.mjs'),
    server,
  ])
  return (JSON.parse(stdout) as string[]).sort()
}

const declared = (table: RouteTable, prefix: string) =>
  Object.values(table).map((r) => `${r.method.toUpperCase()} ${prefix}${r.path.replace(/\{(\w+)\}/g, ':$1')}`)

/** Health checks and the OpenAPI documents live outside the versioned APIs. */
const OPS = { bff: ['GET /healthz', 'GET /readyz', 'GET /api/docs'], datacenter: ['GET /dc/docs', 'GET /dc/healthz'] }

describe('every route is declared once, in the contract', () => {
  it('the BFF mounts exactly the app API routes of the contract', async () => {
    expect(await mounted('bff')).toEqual([...declared(appRoutes, '/api/v1'), ...OPS.bff].sort())
  })

  it('the data center mounts exactly the data-center routes of the contract', async () => {
    expect(await mounted('datacenter')).toEqual([...declared(dcRoutes, '/dc/v1'), ...OPS.datacenter].sort())
  })
})
