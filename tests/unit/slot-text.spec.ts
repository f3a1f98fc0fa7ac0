import { formatDay } from '../../src/i18n/format'
import { slotText } from '../../server/apps/datacenter/src/booking/slot-text'

describe('slotText', () => {
  it("writes a slot in the app's one date style: the day as 我的预约 shows it, then the time", () => {
    expect(slotText('2026-12-09', '10:00')).toBe('12月9日 周三 10:00')
    expect(slotText('2026-12-13', '09:30')).toBe('12月13日 周日 09:30')
    for (const date of ['2026-12-07', '2027-01-01', '2027-02-28'] as const) {
      expect(slotText(date, '08:00')).toBe(`${formatDay(date)} 08:00`)
    }
  })
})
