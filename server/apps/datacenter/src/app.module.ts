import { Controller, Get, Module, type DynamicModule } from '@nestjs/common'
import { APP_FILTER, APP_GUARD } from '@nestjs/core'
import { datacenterOpenApiDocument, SIGNATURE_MAX_SKEW_SECONDS } from '@pocket/contract'
import { GlobalErrorFilter } from '../../../libs/common/src/index.js'
import { AccountsController } from './accounts/accounts.controller.js'
import { AccountsRepository } from './accounts/accounts.repository.js'
import { AccountsService } from './accounts/accounts.service.js'
import { SessionsRepository } from './accounts/sessions.repository.js'
import { SessionsService } from './accounts/sessions.service.js'
import { AuditController } from './audit/audit.controller.js'
import { AuditRepository } from './audit/audit.repository.js'
import { CatalogController } from './catalog/catalog.controller.js'
import { CatalogRepository } from './catalog/catalog.repository.js'
import { MemoryNonceStore, NONCE_STORE } from './common/nonce-store.js'
import { PostgresNonceStore } from './common/postgres-nonce-store.js'
import { SignatureGuard } from './common/signature.guard.js'
import { DC_CONFIG, type DcConfig } from './config.js'
import { DB, type OpenDatabase } from './db/database.js'
import { InstitutionsController, PeopleController } from './directory/directory.controller.js'
import { DirectoryRepository } from './directory/directory.repository.js'
import { RegionsController } from './regions/regions.controller.js'
import { RegionsRepository } from './regions/regions.repository.js'
import { RegionsService } from './regions/regions.service.js'

@Controller('dc')
class OpsController {
  @Get('docs')
  docs(): Record<string, unknown> {
    return datacenterOpenApiDocument()
  }

  @Get('healthz')
  health(): { status: 'ok' } {
    return { status: 'ok' }
  }
}

@Module({})
export class DatacenterModule {
  static forRoot(config: DcConfig, { db, driver }: Pick<OpenDatabase, 'db' | 'driver'>): DynamicModule {
    const nonceTtlMs = 2 * SIGNATURE_MAX_SKEW_SECONDS * 1000
    return {
      module: DatacenterModule,
      controllers: [
        OpsController,
        AccountsController,
        RegionsController,
        CatalogController,
        InstitutionsController,
        PeopleController,
        AuditController,
      ],
      providers: [
        { provide: DC_CONFIG, useValue: config },
        { provide: DB, useValue: db },
        {
          provide: NONCE_STORE,
          useValue: driver === 'postgres' ? new PostgresNonceStore(db, nonceTtlMs) : new MemoryNonceStore(nonceTtlMs),
        },
        { provide: APP_GUARD, useClass: SignatureGuard },
        { provide: APP_FILTER, useClass: GlobalErrorFilter },
        AuditRepository,
        AccountsRepository,
        SessionsRepository,
        AccountsService,
        SessionsService,
        RegionsRepository,
        RegionsService,
        DirectoryRepository,
        CatalogRepository,
      ],
    }
  }
}
