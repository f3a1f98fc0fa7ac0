import { Module } from '@nestjs/common'
import { RequestsModule } from '../requests/requests.module.js'
import { CallbacksController } from './callbacks.controller.js'
import { CallbacksRepository } from './callbacks.repository.js'
import { CallbacksService } from './callbacks.service.js'

@Module({
  imports: [RequestsModule],
  controllers: [CallbacksController],
  providers: [CallbacksRepository, CallbacksService],
})
export class CallbacksModule {}
