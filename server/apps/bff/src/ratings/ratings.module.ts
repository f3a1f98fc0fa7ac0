import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { RatingsController } from './ratings.controller.js'
import { RatingsService } from './ratings.service.js'

@Module({ imports: [DataCenterModule], controllers: [RatingsController], providers: [RatingsService] })
export class RatingsModule {}
