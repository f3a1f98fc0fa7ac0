import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { DriversModule } from '../drivers/drivers.module.js'
import { FileLinks } from './file-links.js'
import { OrphanSweeper } from './orphan-sweeper.js'
import { UploadsController } from './uploads.controller.js'
import { UploadsService } from './uploads.service.js'

/** POST /uploads and the short-lived links files are fetched by. */
@Module({
  imports: [DataCenterModule, DriversModule],
  controllers: [UploadsController],
  providers: [UploadsService, FileLinks, OrphanSweeper],
  exports: [FileLinks],
})
export class UploadsModule {}
