// Loaded into a server process with `node --import` (NODE_OPTIONS) by startStack({ clockOffsetMs }):
// the process lives TEST_CLOCK_OFFSET_MS away from now, so a test can stand on a given day and hour
// (a booking's own day, before its slot) without any clock hook in product code.
const offset = Number(process.env.TEST_CLOCK_OFFSET_MS ?? 0)

if (offset) {
  const RealDate = Date
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }

    static now() {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = ShiftedDate
}
