export interface CrashLoopResult {
  rounds: number
  acknowledged: number
  verified: number
  kills: Record<string, number>
  seed: number
}

export function crashLoop(o: {
  root: string
  dir: string
  rounds: number
  seed?: number
  writers?: number
  log?: (line: string) => void
}): Promise<CrashLoopResult>
