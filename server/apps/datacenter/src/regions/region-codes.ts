/** Codes are hierarchical by prefix: 64 → 6401 → 640121 → 640121104 → 640121104201. */
export function ancestorCodes(code: string): string[] {
  const chain = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code.slice(0, 6)]
  if (code.length >= 9) chain.push(code.slice(0, 9))
  if (code.length >= 12) chain.push(code.slice(0, 12))
  return [...new Set(chain)]
}
