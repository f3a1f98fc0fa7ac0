import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { SessionsController } from './sessions.controller.js'
import { SessionsRepository } from './sessions.repository.js'
import { SessionsService } from './sessions.service.js'

@Module({ imports: [AuditModule], controllers: [SessionsController], providers: [SessionsRepository, SessionsService] })
export class SessionsModule {}
