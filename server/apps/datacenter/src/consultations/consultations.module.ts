import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { FilesModule } from '../files/files.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { RegionsModule } from '../regions/regions.module.js'
import { ConsultationsController } from './consultations.controller.js'
import { ConsultationsRepository } from './consultations.repository.js'
import { ConsultationsService } from './consultations.service.js'

@Module({
  imports: [AccountsModule, DirectoryModule, FilesModule, RegionsModule, RequestsModule],
  controllers: [ConsultationsController],
  providers: [ConsultationsRepository, ConsultationsService],
})
export class ConsultationsModule {}
