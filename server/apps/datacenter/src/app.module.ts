import { Global, Module, RequestMethod, type DynamicModule, type INestApplication } from '@nestjs/common'
import { APP_FILTER } from '@nestjs/core'
import { GlobalErrorFilter } from '#common'
import { AccountsModule } from './accounts/accounts.module.js'
import { AuditModule } from './audit/audit.module.js'
import { BookingModule } from './booking/booking.module.js'
import { CatalogModule } from './catalog/catalog.module.js'
import { CallbacksModule } from './callbacks/callbacks.module.js'
import { CalculatorsModule } from './calculators/calculators.module.js'
import { CallsModule } from './calls/calls.module.js'
import { ComplaintsModule } from './complaints/complaints.module.js'
import { ConsultationsModule } from './consultations/consultations.module.js'
import { ContentRulesModule } from './content-rules/content-rules.module.js'
import { DC_CONFIG, type DcConfig } from './config.js'
import type { OpenDatabase } from './db/database.js'
import { conflictError } from './db/conflicts.js'
import { DatabaseModule } from './db/database.module.js'
import { DirectoryModule } from './directory/directory.module.js'
import { FilesModule } from './files/files.module.js'
import { LegalAidModule } from './legal-aid/legal-aid.module.js'
import { LibraryModule } from './library/library.module.js'
import { NotificationsModule } from './notifications/notifications.module.js'
import { OpsController } from './ops/ops.controller.js'
import { PublicityModule } from './publicity/publicity.module.js'
import { RatingsModule } from './ratings/ratings.module.js'
import { RegionsModule } from './regions/regions.module.js'
import { RequestsModule } from './requests/requests.module.js'
import { SessionsModule } from './sessions/sessions.module.js'
import { SigningModule } from './signing/signing.module.js'
import { SmsModule } from './sms/sms.module.js'
import { VideoConsultModule } from './video-consult/video-consult.module.js'
import { WorkbenchModule } from './workbench/workbench.module.js'

/** The signed API under /dc/v1; health and the OpenAPI document outside it. */
export const DC_PREFIX: Parameters<INestApplication['setGlobalPrefix']> = [
  'dc/v1',
  {
    exclude: [
      { path: 'dc/docs', method: RequestMethod.GET },
      { path: 'dc/healthz', method: RequestMethod.GET },
    ],
  },
]

/** The data center: one module per domain; each names what it needs. */
@Global()
@Module({})
export class DatacenterModule {
  static forRoot(config: DcConfig, database: Pick<OpenDatabase, 'db' | 'driver'>): DynamicModule {
    return {
      module: DatacenterModule,
      imports: [
        DatabaseModule.forRoot(database),
        SigningModule,
        AuditModule,
        SmsModule,
        AccountsModule,
        SessionsModule,
        RegionsModule,
        DirectoryModule,
        CatalogModule,
        LibraryModule,
        CalculatorsModule,
        PublicityModule,
        WorkbenchModule,
        RequestsModule,
        BookingModule,
        RatingsModule,
        NotificationsModule,
        FilesModule,
        LegalAidModule,
        ComplaintsModule,
        ConsultationsModule,
        CallsModule,
        CallbacksModule,
        VideoConsultModule,
        ContentRulesModule,
      ],
      controllers: [OpsController],
      providers: [
        { provide: DC_CONFIG, useValue: config },
        { provide: APP_FILTER, useValue: new GlobalErrorFilter(conflictError) },
      ],
      exports: [DC_CONFIG],
    }
  }
}
