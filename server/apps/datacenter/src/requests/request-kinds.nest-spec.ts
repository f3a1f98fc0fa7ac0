// The registry of request kinds, in process: each kind tells the status of its own requests.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RequestKinds } from './request-kinds.js'

describe('RequestKinds', () => {
  it('asks each kind once for all of its numbers, and reads an unregistered kind as submitted', async () => {
    const kinds = new RequestKinds()
    const asked: string[][] = []
    kinds.register('appointment', {
      statuses: async (numbers) => {
        asked.push(numbers)
        return new Map([
          ['A1', 'booked'],
          ['A2', 'cancelled'],
        ])
      },
    })
    const statuses = await kinds.statusOf([
      { number: 'A1', kind: 'appointment' },
      { number: 'L1', kind: 'legal_aid' },
      { number: 'A2', kind: 'appointment' },
      { number: 'A3', kind: 'appointment' },
    ])
    assert.deepEqual(asked, [['A1', 'A2', 'A3']])
    assert.deepEqual(Object.fromEntries(statuses), { A1: 'booked', A2: 'cancelled', A3: 'submitted', L1: 'submitted' })
  })

  it('refuses a kind registered twice (two domains claiming one kind is a wiring mistake)', () => {
    const kinds = new RequestKinds()
    kinds.register('legal_aid', { statuses: async () => new Map() })
    assert.throws(() => kinds.register('legal_aid', { statuses: async () => new Map() }), /registered twice/)
  })
})
