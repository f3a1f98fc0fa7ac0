import { Module } from '@nestjs/common'
import { FileAccess } from './file-access.js'
import { FilesController } from './files.controller.js'
import { FilesRepository } from './files.repository.js'
import { FilesService } from './files.service.js'

@Module({
  controllers: [FilesController],
  providers: [FilesRepository, FilesService, FileAccess],
  // The façade and the registry of read rules; never the repository.
  exports: [FilesService, FileAccess],
})
export class FilesModule {}
