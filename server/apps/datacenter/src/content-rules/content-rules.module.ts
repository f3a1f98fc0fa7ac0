import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { ContentRulesController } from './content-rules.controller.js'
import { ContentRulesRepository } from './content-rules.repository.js'
import { ContentRulesService } from './content-rules.service.js'

@Module({
  imports: [AuditModule],
  controllers: [ContentRulesController],
  providers: [ContentRulesRepository, ContentRulesService],
})
export class ContentRulesModule {}
