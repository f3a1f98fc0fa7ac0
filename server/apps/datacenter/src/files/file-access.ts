import { Injectable } from '@nestjs/common'
import type { Actor } from '../common/actor.js'
import type { FileAccessRow } from './files.repository.js'

/** Whether an actor may read a file, as one domain sees it (a conversation's parties, say). */
export type FileAccessRule = (actor: Actor, file: FileAccessRow) => Promise<boolean>

/**
 * The rules other domains add for the files they hold: a domain registers its rule when it starts,
 * so the files domain need not know every domain a file can belong to.
 */
@Injectable()
export class FileAccess {
  private readonly rules: FileAccessRule[] = []

  add(rule: FileAccessRule): void {
    this.rules.push(rule)
  }

  async allows(actor: Actor, file: FileAccessRow): Promise<boolean> {
    for (const rule of this.rules) if (await rule(actor, file)) return true
    return false
  }
}
