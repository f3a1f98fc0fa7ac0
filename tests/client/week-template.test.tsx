import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { Schedule, WeeklySlot } from '@pocket/contract'
import ScheduleEditor from '@/packages/workbench/index/ScheduleEditor'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores } from './harness'

const slot = (weekday: number, start: string, end: string, seats: number): WeeklySlot => ({
  weekday,
  start,
  end,
  seats,
})

describe('每周时段 on the staff workbench (H5 renderer)', () => {
  beforeEach(() => resetStores())
  afterEach(() => jest.restoreAllMocks())

  it('edits the week in a draft, shows what saving does to bookings, and saves it once', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    let weekly = [slot(1, '09:00', '09:30', 2), slot(1, '09:30', '10:00', 2)]
    const schedule = (cancelled = 0): Schedule => ({
      institution: { id: 'inst-yn-center', name: '永宁县公共法律服务中心' },
      weekly,
      closures: [],
      cancelled,
    })
    const { calls } = fakeNetwork((url, method, body) => {
      if (path(url) === '/workbench/schedule') return { status: 200, body: schedule() }
      if (path(url) === '/workbench/schedule/week/preview')
        return { status: 200, body: { cancelled: 1, slots: [{ date: '2026-12-14', start: '09:00', cancelled: 1 }] } }
      if (path(url) === '/workbench/schedule/week' && method === 'PUT') {
        weekly = (body as { weekly: WeeklySlot[] }).weekly.filter((s) => s.seats > 0)
        return { status: 200, body: schedule(1) }
      }
      return { status: 404 }
    })
    render(<ScheduleEditor />)
    await screen.findByText('09:00-09:30')
    const writes = () => calls.filter((c) => c.method !== 'GET')

    // Each tap changes the draft only: nothing is sent.
    fireEvent.click(screen.getByLabelText('09:00 减少一个名额'))
    expect(screen.getAllByText('1个名额')).toHaveLength(1)
    // Monday's slots copied to Tuesday and Wednesday.
    const copyTo = within(document.querySelector<HTMLElement>('.week-copy')!)
    fireEvent.click(copyTo.getByText('周二'))
    fireEvent.click(copyTo.getByText('周三'))
    fireEvent.click(screen.getByText('复制'))
    expect(screen.getAllByText('2个时段')).toHaveLength(3)
    expect(writes()).toEqual([])

    // 保存 first shows what the change does to coming bookings.
    fireEvent.click(screen.getByText('保存每周时段'))
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog.textContent).toContain('保存后将取消1个已有预约，并通知预约人')
    expect(dialog.textContent).toContain('12月14日 周一 09:00 · 1个')
    expect(writes().map((c) => path(c.url))).toEqual(['/workbench/schedule/week/preview'])

    fireEvent.click(screen.getByText('确认保存'))
    await waitFor(() => expect(writes().map((c) => path(c.url))).toContain('/workbench/schedule/week'))
    const saved = (writes().at(-1)!.body as { weekly: WeeklySlot[] }).weekly
    expect(saved.filter((s) => s.weekday === 1)).toEqual([slot(1, '09:00', '09:30', 1), slot(1, '09:30', '10:00', 2)])
    expect(saved.filter((s) => s.weekday === 3)).toEqual([slot(3, '09:00', '09:30', 1), slot(3, '09:30', '10:00', 2)])
    await waitFor(() => expect(screen.queryByText('有未保存的更改')).toBeNull())
  })
})
