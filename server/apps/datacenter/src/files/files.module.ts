import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { FilesController } from './files.controller.js'
import { FilesRepository } from './files.repository.js'
import { FilesService } from './files.service.js'

@Module({
  imports: [AccountsModule],
  controllers: [FilesController],
  providers: [FilesRepository, FilesService],
  exports: [FilesRepository],
})
export class FilesModule {}
