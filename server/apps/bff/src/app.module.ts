import { Module, RequestMethod, type DynamicModule, type INestApplication } from '@nestjs/common'
import { APP_FILTER, APP_GUARD } from '@nestjs/core'
import { GlobalErrorFilter } from '#common'
import { AuthModule } from './auth/auth.module.js'
import { BookingModule } from './booking/booking.module.js'
import { AuthGuard } from './common/auth.guard.js'
import { CallbacksModule } from './callbacks/callbacks.module.js'
import { ContentCheckModule } from './content-check/content-check.module.js'
import { CallsModule } from './calls/calls.module.js'
import { ConsultationsModule } from './consultations/consultations.module.js'
import { RateLimitGuard } from './common/rate-limit.guard.js'
import type { BffConfig } from './config.js'
import { CoreModule } from './core/core.module.js'
import { DirectoryModule } from './directory/directory.module.js'
import { LegalAidModule } from './legal-aid/legal-aid.module.js'
import { ComplaintsModule } from './complaints/complaints.module.js'
import { LibraryModule } from './library/library.module.js'
import { CalculatorsModule } from './calculators/calculators.module.js'
import { PublicityModule } from './publicity/publicity.module.js'
import { MeModule } from './me/me.module.js'
import { NotifierModule } from './notifier/notifier.module.js'
import { OpsModule } from './ops/ops.module.js'
import { RatingsModule } from './ratings/ratings.module.js'
import { RealtimeModule } from './realtime/realtime.module.js'
import { RequestsModule } from './requests/requests.module.js'
import { UploadsModule } from './uploads/uploads.module.js'
import { WorkbenchModule } from './workbench/workbench.module.js'

/** The app API under /api/v1; health and the OpenAPI document outside it. */
export const BFF_PREFIX: Parameters<INestApplication['setGlobalPrefix']> = [
  'api/v1',
  {
    exclude: [
      { path: 'healthz', method: RequestMethod.GET },
      { path: 'readyz', method: RequestMethod.GET },
      { path: 'api/docs', method: RequestMethod.GET },
    ],
  },
]

/** The BFF: one module per feature; each names what it needs. */
@Module({})
export class BffModule {
  static forRoot(config: BffConfig): DynamicModule {
    return {
      module: BffModule,
      imports: [
        CoreModule.forRoot(config),
        AuthModule,
        MeModule,
        DirectoryModule,
        LibraryModule,
        CalculatorsModule,
        PublicityModule,
        WorkbenchModule,
        BookingModule,
        RequestsModule,
        RatingsModule,
        UploadsModule,
        LegalAidModule,
        ComplaintsModule,
        ConsultationsModule,
        CallsModule,
        CallbacksModule,
        ContentCheckModule,
        NotifierModule,
        RealtimeModule,
        OpsModule,
      ],
      providers: [
        // Order matters: throttle before spending a JWT verification.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useValue: new GlobalErrorFilter() },
      ],
    }
  }
}
