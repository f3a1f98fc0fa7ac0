import { Module } from '@nestjs/common'
import { RequestKinds } from './request-kinds.js'
import { RequestsController } from './requests.controller.js'
import { RequestsRepository } from './requests.repository.js'
import { RequestsService } from './requests.service.js'

@Module({
  controllers: [RequestsController],
  providers: [RequestsRepository, RequestsService, RequestKinds],
  // The façade, and the registry each kind of request registers with; never the repository.
  exports: [RequestsService, RequestKinds],
})
export class RequestsModule {}
