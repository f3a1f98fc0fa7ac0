import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import AdviserFigures from '@/packages/workbench/index/AdviserFigures'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores } from './harness'

const figures = (awayUntil: string | null) => ({
  answeredThisWeek: 3,
  medianFirstReplyMinutes: 12,
  overdueNow: 0,
  rating: { average: 4.5, count: 2 },
  awayUntil,
})

describe('请假 on the adviser workbench (H5 renderer)', () => {
  beforeEach(() => resetStores())
  afterEach(() => jest.restoreAllMocks())

  it('asks to confirm leave with its dates before the backup takes over, and can take it back', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    let away: string | null = null
    const { calls } = fakeNetwork((url, method, body) => {
      if (path(url) === '/consultations/figures') return { status: 200, body: figures(away) }
      if (path(url) === '/consultations/away' && method === 'PUT') {
        away = (body as { until: string | null }).until
        return { status: 200, body: figures(away) }
      }
      return { status: 404 }
    })
    render(<AdviserFigures />)
    fireEvent.click(await screen.findByText('请假3天'))
    // A tap only asks: nothing is sent until the adviser confirms, with the dates in front of them.
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([])
    expect(screen.getByRole('alertdialog').textContent).toMatch(/确认请假3天？从.+到.+备岗顾问代答/)
    fireEvent.click(screen.getByText('不请假'))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([])

    fireEvent.click(screen.getByText('请假3天'))
    fireEvent.click(screen.getByText('确认请假'))
    await screen.findByText(/请假中，至/)
    const until = Date.parse(away ?? '')
    expect(until - Date.now()).toBeGreaterThan(3 * 24 * 3600_000 - 60_000)
    expect(until - Date.now()).toBeLessThanOrEqual(3 * 24 * 3600_000)
    fireEvent.click(screen.getByText('销假'))
    await waitFor(() => expect(away).toBeNull())
    expect(await screen.findByText('请假3天')).toBeTruthy()
  })
})
