import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { CalculatorsController } from './calculators.controller.js'
import { CalculatorsService } from './calculators.service.js'

@Module({ imports: [DataCenterModule], controllers: [CalculatorsController], providers: [CalculatorsService] })
export class CalculatorsModule {}
