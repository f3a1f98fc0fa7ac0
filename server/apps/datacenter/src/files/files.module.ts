import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { FileAccess } from './file-access.js'
import { FilesController } from './files.controller.js'
import { FilesRepository } from './files.repository.js'
import { FilesService } from './files.service.js'

@Module({
  imports: [AccountsModule],
  controllers: [FilesController],
  providers: [FilesRepository, FilesService, FileAccess],
  exports: [FilesRepository, FileAccess],
})
export class FilesModule {}
