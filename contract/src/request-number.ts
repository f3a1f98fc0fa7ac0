// zod-free: the client imports this file (`@pocket/contract/request-number`).
import type { Channel } from './datacenter-api/booking.js'
import type { LocalDate } from './time.js'

/** The channel digit of a unified number: one scheme for every way a request comes in. */
export const CHANNEL_DIGIT: Record<Channel, string> = { hotline: '1', hall: '2', web: '3', miniprogram: '4' }

/** How many numbers a day can hold before the sequence part would repeat. */
const PER_DAY = 1_000_000

/** Luhn check digit of a digit string, so a mistyped digit or swapped pair is caught at once. */
export function luhnDigit(digits: string): string {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

/**
 * 统一编号: Beijing date (8 digits) + channel (1) + sequence (6) + Luhn check digit (1).
 * Unique while a day issues fewer than a million numbers (the sequence part is taken modulo that).
 */
export function formatRequestNumber(date: LocalDate, channel: Channel, sequence: number): string {
  const body = `${date.replaceAll('-', '')}${CHANNEL_DIGIT[channel]}${String(sequence % PER_DAY).padStart(6, '0')}`
  return body + luhnDigit(body)
}

/** Whether a number has the right shape and check digit (a typo is caught without a look-up). */
export function isValidRequestNumber(number: string): boolean {
  return /^\d{16}$/.test(number) && luhnDigit(number.slice(0, 15)) === number[15]
}

/** A number as people read it aloud or copy it: in fours (2026 1207 3000 0017). */
export function groupedNumber(number: string): string {
  return number.replace(/(\d{4})(?=\d)/g, '$1 ')
}

/** What a person typed or pasted as a number (spaces, dashes), as the digits alone. */
export function typedNumber(text: string): string {
  return text.replace(/[\s-]/g, '')
}
