export declare const LABELLED: string
export interface LabelledQuestion {
  q: string
  a: string[]
  heldOut?: boolean
}
export declare function labelledQuestions(root: string): LabelledQuestion[]
export interface Relevance {
  questions: number
  hit1: number
  hit5: number
  mrr: number
  misses: string[]
}
export declare function measureRelevance(
  questions: LabelledQuestion[],
  search: (q: string) => Promise<{ id: string; lawTitle: string }[]> | { id: string; lawTitle: string }[],
): Promise<Relevance>
