import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { DriversModule } from '../drivers/drivers.module.js'
import { NotifierService } from './notifier.service.js'

/** Tells residents about their requests, through the drivers. */
@Module({ imports: [DataCenterModule, DriversModule], providers: [NotifierService] })
export class NotifierModule {}
