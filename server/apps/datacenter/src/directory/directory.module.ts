import { Module } from '@nestjs/common'
import { RegionsModule } from '../regions/regions.module.js'
import { DirectoryController } from './directory.controller.js'
import { DirectoryRepository } from './directory.repository.js'
import { DirectoryService } from './directory.service.js'

@Module({
  imports: [RegionsModule],
  controllers: [DirectoryController],
  providers: [DirectoryRepository, DirectoryService],
  // The façade, never the repository: other domains read the directory only through it.
  exports: [DirectoryService],
})
export class DirectoryModule {}
