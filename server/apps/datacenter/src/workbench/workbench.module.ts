import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { WorkbenchController } from './workbench.controller.js'
import { WorkbenchService } from './workbench.service.js'

@Module({
  imports: [AccountsModule, DirectoryModule],
  controllers: [WorkbenchController],
  providers: [WorkbenchService],
})
export class WorkbenchModule {}
