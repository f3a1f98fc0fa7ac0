import { Module } from '@nestjs/common'
import { DataCenterClient } from './datacenter.client.js'

@Module({ providers: [DataCenterClient], exports: [DataCenterClient] })
export class DataCenterModule {}
