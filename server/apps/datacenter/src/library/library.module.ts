import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { LibraryAskService } from './library-ask.service.js'
import { LibraryIndexService } from './library-index.service.js'
import { LibraryListsService } from './library-lists.service.js'
import { LibraryController } from './library.controller.js'
import { LibraryRepository } from './library.repository.js'
import { LibraryService } from './library.service.js'

@Module({
  imports: [AuditModule],
  controllers: [LibraryController],
  providers: [LibraryRepository, LibraryIndexService, LibraryService, LibraryAskService, LibraryListsService],
  exports: [LibraryService],
})
export class LibraryModule {}
