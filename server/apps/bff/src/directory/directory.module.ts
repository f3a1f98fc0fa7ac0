import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { DirectoryController } from './directory.controller.js'
import { DirectoryService } from './directory.service.js'

@Module({ imports: [DataCenterModule], controllers: [DirectoryController], providers: [DirectoryService] })
export class DirectoryModule {}
