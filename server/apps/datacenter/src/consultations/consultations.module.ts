import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { RegionsModule } from '../regions/regions.module.js'
import { ConsultationsController } from './consultations.controller.js'
import { ConsultationsRepository } from './consultations.repository.js'
import { ConsultationsService } from './consultations.service.js'

@Module({
  imports: [AccountsModule, DirectoryModule, RegionsModule],
  controllers: [ConsultationsController],
  providers: [ConsultationsRepository, ConsultationsService],
})
export class ConsultationsModule {}
