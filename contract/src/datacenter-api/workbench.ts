import { z } from 'zod'
import { RecordId } from '../common.js'
import type { RouteTable } from '../route.js'
import { DcPerson } from './directory.js'
import { DcRegionPath } from './regions.js'

export const DcWorkbench = z
  .object({
    person: DcPerson,
    villages: z.array(DcRegionPath),
  })
  .meta({ id: 'DcWorkbench' })
export type DcWorkbench = z.infer<typeof DcWorkbench>

export const dcWorkbenchRoutes = {
  workbench: {
    method: 'get',
    path: '/accounts/{id}/workbench',
    tag: 'workbench',
    auth: true,
    summary: 'Workbench of an adviser or staff account',
    params: z.object({ id: RecordId }),
    response: DcWorkbench,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  },
} as const satisfies RouteTable
