import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { UploadsModule } from '../uploads/uploads.module.js'
import { ComplaintsController } from './complaints.controller.js'
import { ComplaintsService } from './complaints.service.js'

@Module({
  imports: [DataCenterModule, UploadsModule],
  controllers: [ComplaintsController],
  providers: [ComplaintsService],
})
export class ComplaintsModule {}
