import { Module } from '@nestjs/common'
import { DirectoryModule } from '../directory/directory.module.js'
import { RegionsController } from './regions.controller.js'
import { RegionsRepository } from './regions.repository.js'
import { RegionsService } from './regions.service.js'

@Module({
  imports: [DirectoryModule],
  controllers: [RegionsController],
  providers: [RegionsRepository, RegionsService],
  exports: [RegionsService, RegionsRepository],
})
export class RegionsModule {}
