import { AsyncLocalStorage } from 'node:async_hooks'
import type { Db, Tx } from './database.js'

/** The transaction open in this call chain, if any; shared by the two faces below. */
export class TransactionScope {
  readonly als = new AsyncLocalStorage<Tx>()
}

/**
 * What repositories query with: the transaction the calling service opened, else the database.
 * Repositories never hand it out, so a service cannot run half its change outside the transaction.
 */
export class DbContext {
  constructor(
    private readonly db: Db,
    private readonly scope: TransactionScope,
  ) {}

  get q(): Db | Tx {
    return this.scope.als.getStore() ?? this.db
  }

  get inTransaction(): boolean {
    return this.scope.als.getStore() !== undefined
  }
}

/** What services open transactions with: every repository call inside `run` joins it. */
export class TransactionRunner {
  constructor(
    private readonly db: Db,
    private readonly scope: TransactionScope,
  ) {}

  /** Runs `fn` in one transaction; a `run` inside another joins the open one. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.scope.als.getStore()) return fn()
    return this.db.transaction((tx) => this.scope.als.run(tx, fn))
  }
}
