import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { AuditModule } from '../audit/audit.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { RatingsModule } from '../ratings/ratings.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { BookingController } from './booking.controller.js'
import { AppointmentsRepository } from './appointments.repository.js'
import { BookingService } from './booking.service.js'
import { ScheduleRepository } from './schedule.repository.js'
import { ScheduleService } from './schedule.service.js'
import { SlotsService } from './slots.service.js'
import { StaffDeskService } from './staff-desk.service.js'
import { BookingItems } from './item-parties.js'
import { PartyAppointments } from './party-appointments.js'
import { AppointmentKind } from './appointment-kind.js'

@Module({
  imports: [AuditModule, AccountsModule, DirectoryModule, RequestsModule, RatingsModule, NotificationsModule],
  controllers: [BookingController],
  providers: [
    AppointmentKind,
    AppointmentsRepository,
    ScheduleRepository,
    SlotsService,
    BookingService,
    StaffDeskService,
    ScheduleService,
    BookingItems,
    PartyAppointments,
  ],
  // The façade, and what a domain offering an item booked with one person registers with.
  exports: [BookingService, BookingItems, PartyAppointments],
})
export class BookingModule {}
