import { z } from 'zod'
import type { RouteTable } from '../route.js'
import { PersonCard } from './directory.js'
import { VillageRef } from './me.js'

export const WorkbenchSummary = z
  .object({
    role: z.enum(['adviser', 'staff']),
    person: PersonCard,
    villages: z.array(VillageRef),
  })
  .meta({ id: 'WorkbenchSummary' })
export type WorkbenchSummary = z.infer<typeof WorkbenchSummary>

/** Advisers' and staff's workbench. */
export const workbenchRoutes = {
  workbenchSummary: {
    method: 'get',
    path: '/workbench/summary',
    tag: 'workbench',
    auth: true,
    summary: '顾问与工作人员工作台',
    response: WorkbenchSummary,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
