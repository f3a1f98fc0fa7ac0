import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { UploadsModule } from '../uploads/uploads.module.js'
import { LegalAidController } from './legal-aid.controller.js'
import { LegalAidService } from './legal-aid.service.js'

@Module({ imports: [DataCenterModule, UploadsModule], controllers: [LegalAidController], providers: [LegalAidService] })
export class LegalAidModule {}
