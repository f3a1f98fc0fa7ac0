import { sealPin } from '@/services/pin'
import { unlock, useAppLock } from '@/stores/app-lock'

describe('the app lock', () => {
  beforeEach(() => useAppLock.getState().clear())

  it('lets five wrong PINs pass, then pauses 30 s, doubling with each further miss', () => {
    const lock = useAppLock.getState()
    lock.setPin(sealPin('2580'), 'acc-1')
    for (let i = 0; i < 4; i++) lock.failed()
    expect(useAppLock.getState().waitUntil).toBe(0)
    const before = Date.now()
    lock.failed()
    expect(useAppLock.getState().waitUntil).toBeGreaterThanOrEqual(before + 30_000)
    lock.failed()
    expect(useAppLock.getState().waitUntil).toBeGreaterThanOrEqual(before + 60_000)
    // The right PIN forgets the misses.
    unlock()
    expect(useAppLock.getState()).toMatchObject({ failures: 0, waitUntil: 0 })
  })

  it('keeps the PIN only salted and stretched, with the account that set it', () => {
    useAppLock.getState().setPin(sealPin('135790'), 'acc-2')
    const kept = JSON.stringify(useAppLock.getState().pin)
    expect(kept).toContain('acc-2')
    expect(kept).not.toContain('135790')
  })
})
