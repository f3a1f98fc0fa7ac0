import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { RegionsModule } from '../regions/regions.module.js'
import { WorkbenchController } from './workbench.controller.js'
import { WorkbenchService } from './workbench.service.js'

@Module({
  imports: [AccountsModule, DirectoryModule, RegionsModule],
  controllers: [WorkbenchController],
  providers: [WorkbenchService],
})
export class WorkbenchModule {}
