import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { BookingModule } from '../booking/booking.module.js'
import { CallsModule } from '../calls/calls.module.js'
import { ConsultationsModule } from '../consultations/consultations.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { VideoConsult } from './video-consult.js'

/** 视频咨询: booking with the village's adviser, joined from the conversation, held by call. */
@Module({
  imports: [AccountsModule, DirectoryModule, BookingModule, ConsultationsModule, CallsModule],
  providers: [VideoConsult],
})
export class VideoConsultModule {}
