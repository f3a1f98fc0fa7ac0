export function lineLog(who: string): {
  lines: string[]
  add(line: string): void
  waitForLine(match: (line: string) => boolean, ms?: number): Promise<string>
}
