import { Injectable } from '@nestjs/common'
import type { RequestKind } from '@pocket/contract'

/** What a kind of request (an appointment, a legal-aid application, a callback…) tells the registry. */
export interface RequestKindReader {
  /** The current status of this kind's requests, by number, read from the kind's own record. */
  statuses(numbers: string[]): Promise<Map<string, string>>
}

/** A request whose kind registered no reader (or whose record is gone) reads as submitted. */
const SUBMITTED = 'submitted'

/**
 * The kinds of request, each registered by its own domain when it starts: the registry numbers,
 * titles and tells the progress of every request without knowing any kind's tables, so adding a
 * kind (a complaint, say) edits nothing here.
 */
@Injectable()
export class RequestKinds {
  private readonly readers = new Map<RequestKind, RequestKindReader>()

  register(kind: RequestKind, reader: RequestKindReader): void {
    if (this.readers.has(kind)) throw new Error(`request kind ${kind} registered twice`)
    this.readers.set(kind, reader)
  }

  /** The status of each request, asking each kind once for all of its numbers. */
  async statusOf(requests: { number: string; kind: RequestKind }[]): Promise<Map<string, string>> {
    const byKind = new Map<RequestKind, string[]>()
    for (const r of requests) {
      const numbers = byKind.get(r.kind) ?? []
      numbers.push(r.number)
      byKind.set(r.kind, numbers)
    }
    const statuses = new Map<string, string>()
    await Promise.all(
      [...byKind].map(async ([kind, numbers]) => {
        const read = (await this.readers.get(kind)?.statuses(numbers)) ?? new Map<string, string>()
        for (const n of numbers) statuses.set(n, read.get(n) ?? SUBMITTED)
      }),
    )
    return statuses
  }
}
