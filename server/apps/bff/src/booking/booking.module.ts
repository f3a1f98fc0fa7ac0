import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { BookingController } from './booking.controller.js'
import { BookingService } from './booking.service.js'

@Module({ imports: [DataCenterModule], controllers: [BookingController], providers: [BookingService] })
export class BookingModule {}
