import { windowOf } from './virtual-window'

describe('which rows of a long chat to render', () => {
  const rows = (n: number, size = 50) => Array.from({ length: n }, () => size)

  it('renders only the rows near the viewport, spacing the rest by their height', () => {
    // 1,000 rows of 50 px, a 600 px viewport scrolled to 20,000, 600 px of overscan either side.
    const w = windowOf(rows(1000), 20_000, 600, 600)
    expect(w).toEqual({ start: 388, end: 424, before: 19_400, after: 28_800, total: 50_000 })
    expect(w.end - w.start).toBeLessThan(50)
  })

  it('at the bottom renders the newest rows and no spacer below them', () => {
    const w = windowOf(rows(1000), 50_000, 600, 600)
    expect(w.end).toBe(1000)
    expect(w.after).toBe(0)
    expect(w.before + (w.end - w.start) * 50).toBe(50_000)
  })

  it('at the top renders the oldest rows and no spacer above them', () => {
    expect(windowOf(rows(1000), 0, 600, 600)).toMatchObject({ start: 0, before: 0, end: 24 })
  })

  it('follows measured heights that differ row by row', () => {
    const sizes = [40, 300, 40, 40, 200, 40]
    // Viewport 0..100 with no overscan: the first two rows.
    expect(windowOf(sizes, 0, 100, 0)).toMatchObject({ start: 0, end: 2, before: 0, after: 320 })
    // Scrolled into the photo (row 1: 40..340) and on to row 3.
    expect(windowOf(sizes, 300, 100, 0)).toMatchObject({ start: 1, end: 4, before: 40, after: 240 })
  })

  it('renders everything of a list shorter than the viewport, and nothing of an empty one', () => {
    expect(windowOf(rows(3), 0, 600, 600)).toEqual({ start: 0, end: 3, before: 0, after: 0, total: 150 })
    expect(windowOf([], 0, 600, 600)).toEqual({ start: 0, end: 0, before: 0, after: 0, total: 0 })
  })
})
