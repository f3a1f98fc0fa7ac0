import { Global, Module, type DynamicModule } from '@nestjs/common'
import { DB, type OpenDatabase } from './database.js'
import { DbContext, TransactionRunner, TransactionScope } from './transactions.js'

export const DB_DRIVER = Symbol('DB_DRIVER')

/** The open database, for repositories (DbContext) and services (TransactionRunner). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot({ db, driver }: Pick<OpenDatabase, 'db' | 'driver'>): DynamicModule {
    const scope = new TransactionScope()
    return {
      module: DatabaseModule,
      providers: [
        { provide: DB, useValue: db },
        { provide: DB_DRIVER, useValue: driver },
        { provide: DbContext, useValue: new DbContext(db, scope) },
        { provide: TransactionRunner, useValue: new TransactionRunner(db, scope) },
      ],
      exports: [DB, DB_DRIVER, DbContext, TransactionRunner],
    }
  }
}
