import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { FilesModule } from '../files/files.module.js'
import { RequestFiles } from './request-files.js'
import { RequestKinds } from './request-kinds.js'
import { RequestsController } from './requests.controller.js'
import { RequestsRepository } from './requests.repository.js'
import { RequestsService } from './requests.service.js'

@Module({
  imports: [AccountsModule, FilesModule],
  controllers: [RequestsController],
  providers: [RequestsRepository, RequestsService, RequestKinds, RequestFiles],
  // The façade, and the registry each kind of request registers with; never the repository.
  exports: [RequestsService, RequestKinds],
})
export class RequestsModule {}
