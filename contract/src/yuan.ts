// Amounts of money as people type them, checked the same way by the client's forms and the
// contract's schemas (zod-free: the client imports it).

/** The largest amount a calculator takes: a trillion yuan (anything more is a typing slip). */
export const YUAN_MAX = '1000000000000'

/** What is wrong with an amount as typed, as a notice key; undefined when it is a usable amount. */
export function yuanProblem(text: string): string | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return 'form.amountNotNumber'
  if (text.startsWith('-')) return 'form.amountNegative'
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return 'form.amountFen'
  const [whole, fen = ''] = text.split('.')
  const digits = whole.replace(/^0+(?=\d)/, '')
  const over =
    digits.length > YUAN_MAX.length || (digits.length === YUAN_MAX.length && (digits > YUAN_MAX || /[1-9]/.test(fen)))
  return over ? 'form.amountTooLarge' : undefined
}
