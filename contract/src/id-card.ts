// 居民身份证号码 (GB 11643-1999): zod-free, so the client checks as the person types.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function idCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0)
  return CHECK[sum % 11]
}

/** Whether `id` is a well-formed 18-character ID number: digits, a real birth date, the right check character. */
export function isResidentIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number)
  const birth = new Date(Date.UTC(y, m - 1, d))
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d
  if (!real || y < 1900 || birth.getTime() > Date.now()) return false
  return idCheckCharacter(id.slice(0, 17)) === id[17]
}

/** What may be shown of an ID number anywhere: the first 3 and the last 4 characters. */
export function maskIdNumber(id: string): string {
  return id.length < 8 ? '*'.repeat(id.length) : `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`
}
