import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { LibraryController } from './library.controller.js'
import { LibraryService } from './library.service.js'

@Module({ imports: [DataCenterModule], controllers: [LibraryController], providers: [LibraryService] })
export class LibraryModule {}
