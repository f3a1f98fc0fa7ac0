/**
 * A key naming one attempt at a change (a booking): made once when the person confirms, reused by
 * every retry of that attempt, so a reply lost on a weak network never books twice.
 * Randomness need not be cryptographic: keys are scoped to the signed-in account.
 */
export function newIdempotencyKey(): string {
  const random = Array.from({ length: 3 }, () => Math.random().toString(36).slice(2, 10)).join('')
  return `${Date.now().toString(36)}-${random}`
}
