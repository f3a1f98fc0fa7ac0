import { Controller } from '@nestjs/common'
import { appRoutes, type WorkbenchSummary } from '@pocket/contract'
import { Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { WorkbenchService } from './workbench.service.js'

@Controller()
export class WorkbenchController {
  constructor(private readonly service: WorkbenchService) {}

  @Route(appRoutes.workbenchSummary)
  @Roles('adviser', 'staff')
  summary(@CurrentUser() user: AuthUser): Promise<WorkbenchSummary> {
    return this.service.workbench(user)
  }
}
