const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** A pattern (regular-expression source) for one such numeral: 一千零五十三. */
export const NUMERAL = `[${Object.keys(DIGITS).join('')}${Object.keys(UNITS).join('')}]+`

/**
 * The value of a Chinese numeral as laws number their articles (一千零五十三 → 1053, 十二 → 12), or
 * null when the text is not one. Up to 9,999: no law has more articles.
 */
export function chineseNumeral(text: string): number | null {
  if (!text) return null
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  for (const ch of text) {
    if (ch in DIGITS) {
      // Two digits in a row only after a 零 (一千零五十三).
      if (digit !== null && digit !== 0) return null
      digit = DIGITS[ch]
    } else if (ch in UNITS) {
      const unit = UNITS[ch]
      if (unit >= lastUnit) return null
      // 十二: a ten with no digit before it is one ten.
      total += (digit ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit
      if (Number.isNaN(total)) return null
      digit = null
      lastUnit = unit
    } else return null
  }
  return total + (digit ?? 0)
}

const DIGIT_TEXT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** The Chinese numeral of 1–9,999 as laws write it (1053 → 一千零五十三, 12 → 十二). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`not an article number: ${n}`)
  const parts: string[] = []
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ]
  let zero = false
  for (const [place, unit] of places) {
    const d = Math.floor(n / place) % 10
    if (d === 0) {
      if (parts.length) zero = true
      continue
    }
    if (zero) parts.push('零')
    zero = false
    parts.push(place === 10 && d === 1 && !parts.length ? '' : DIGIT_TEXT[d], unit)
  }
  return parts.join('')
}
