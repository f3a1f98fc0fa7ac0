import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

const SRC = join(__dirname, '..', '..', 'src')

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : [],
  )
}

/**
 * A page or component with a stylesheet beside it imports it: a screen whose stylesheet is never
 * imported still passes every test of its states, and looks broken to a person (the call screen did).
 */
describe('stylesheets', () => {
  it('are imported by the page or component they sit beside', () => {
    const orphans = files(SRC, (n) => n.endsWith('.scss'))
      .filter((scss) => !scss.endsWith('app.scss') && !scss.includes(`${join('src', 'styles')}`))
      .filter((scss) => {
        const owner = ['.tsx', '.ts'].map((ext) => scss.replace(/\.scss$/, ext)).find(existsSync)
        return !owner || !readFileSync(owner, 'utf8').includes(`'./${basename(scss)}'`)
      })
      .map((scss) => scss.slice(SRC.length + 1))
    expect(orphans).toEqual([])
  })
})

/**
 * A size a person's text or touch depends on, written in pixels instead of a theme variable: of text,
 * of a box (a target, a tile, a text area), or a screen-filling height less a fixed bar.
 */
const FIXED_SIZE =
  /^\s*(font-size|line-height|(min-|max-)?(width|height|inline-size|block-size)|gap)\s*:\s*[\d.]+px|100vh\s*-\s*[\d.]+px/

describe('sizes of text and targets', () => {
  it('come from theme variables for text and boxes, so 长辈版 and a larger system font change them in one place', () => {
    const fixed = files(SRC, (n) => n.endsWith('.scss'))
      .filter((scss) => !scss.endsWith(join('styles', 'theme.scss')))
      .flatMap((scss) =>
        readFileSync(scss, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            FIXED_SIZE.test(line) ? [`${scss.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}`] : [],
          ),
      )
    expect(fixed).toEqual([])
  })
})

/** A side named by the screen (left, right) rather than by the reading direction. */
const PHYSICAL = /^\s*((margin|padding|border)-(left|right)\b|(left|right)\s*:|text-align\s*:\s*(left|right)|float\s*:)/

describe('sides', () => {
  it('are logical (start, end), so a right-to-left language mirrors the layout; a physical one says why', () => {
    const physical = files(SRC, (n) => n.endsWith('.scss')).flatMap((scss) => {
      const lines = readFileSync(scss, 'utf8').split('\n')
      return lines.flatMap((line, i) =>
        PHYSICAL.test(line) && !lines[i - 1]?.includes('physical:')
          ? [`${scss.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}`]
          : [],
      )
    })
    expect(physical).toEqual([])
  })
})
