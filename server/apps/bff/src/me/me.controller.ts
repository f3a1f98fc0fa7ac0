import { Body, Controller, Get, Put } from '@nestjs/common'
import { SetVillageRequest, type Me, type MyAdviser, type WorkbenchSummary } from '@pocket/contract'
import { ZodPipe } from '../../../../libs/common/src/index.js'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { MeService } from './me.service.js'

@Controller()
export class MeController {
  constructor(private readonly service: MeService) {}

  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.service.me(user)
  }

  @Put('me/village')
  @Roles('resident')
  setVillage(
    @CurrentUser() user: AuthUser,
    @Body(new ZodPipe(SetVillageRequest)) body: SetVillageRequest,
  ): Promise<Me> {
    return this.service.setVillage(user, body.villageCode)
  }

  @Get('me/adviser')
  adviser(@CurrentUser() user: AuthUser): Promise<MyAdviser> {
    return this.service.adviser(user)
  }

  @Get('workbench/summary')
  @Roles('adviser', 'staff')
  workbench(@CurrentUser() user: AuthUser): Promise<WorkbenchSummary> {
    return this.service.workbench(user)
  }
}
