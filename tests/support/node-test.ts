// The in-process tier's suites run on Node's test runner (tests/support/in-process.ts says why)
// but read as the jest suites do: the same describe / it / beforeAll / afterAll, `.each` tables
// with jest's `%s` names, and jest's own `expect`, so a suite moves between tiers unchanged but
// for its imports and its stack.
import { after, before, describe as nodeDescribe, it as nodeIt } from 'node:test'
import { format } from 'node:util'

export { expect } from 'expect'

type Body = () => void | Promise<void>
/** A table row's values as the test body takes them: a tuple spread, anything else as one argument. */
type Args<T> = T extends readonly unknown[] ? T : [T]

/** jest's table names: `%s`, `%i`, `%p`… filled from the row's values in order. */
function title(name: string, args: readonly unknown[]): string {
  const holes = name.match(/%[sdifjoOp]/g)?.length ?? 0
  const shown = args.slice(0, holes).map((a) => (typeof a === 'object' ? JSON.stringify(a) : a))
  return holes ? format(name.replace(/%p/g, '%s'), ...shown) : name
}

function table(define: (name: string, body: Body) => void) {
  return <T>(rows: readonly T[]) =>
    (name: string, body: (...args: Args<T>) => unknown) => {
      for (const row of rows) {
        const args = (Array.isArray(row) ? row : [row]) as unknown as Args<T>
        define(title(name, args), async () => {
          await body(...args)
        })
      }
    }
}

const defineDescribe = (name: string, body: Body) => void nodeDescribe(name, body)
const defineIt = (name: string, body: Body) => void nodeIt(name, body)

export const describe = Object.assign(defineDescribe, { each: table(defineDescribe) })
export const it = Object.assign(defineIt, { each: table(defineIt) })
export const beforeAll = (fn: () => unknown) =>
  before(async () => {
    await fn()
  })
export const afterAll = (fn: () => unknown) =>
  after(async () => {
    await fn()
  })
