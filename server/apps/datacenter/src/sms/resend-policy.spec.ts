import { resendDelaySeconds, SMS_POLICY } from './resend-policy.js'

describe('how long a phone waits between sign-in codes', () => {
  it('is a minute for the first few codes of a day', () => {
    expect([0, 1, 2, 3].map(resendDelaySeconds)).toEqual([60, 60, 60, 60])
  })

  it('doubles after that, so a stranger cannot spend the phone’s codes quickly', () => {
    expect([4, 5, 6, 7].map(resendDelaySeconds)).toEqual([120, 240, 480, 960])
  })

  it('never locks the owner out for a day: the wait stops growing at half an hour', () => {
    expect(resendDelaySeconds(8)).toBe(SMS_POLICY.maxResendSeconds)
    expect(resendDelaySeconds(500)).toBe(SMS_POLICY.maxResendSeconds)
    expect(SMS_POLICY.maxResendSeconds).toBe(1800)
  })
})
