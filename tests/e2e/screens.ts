import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { ROOT } from '../support/processes'

// What a person sees, checked two ways: axe over the page as drawn, and the pixels compared with a
// committed reference (tests/e2e/screens/*.png). A page that lost its stylesheet still has every
// state a test can read; only its picture changes.

/** The committed references, one PNG per screen and mode. */
export const REFERENCES = join(ROOT, 'tests/e2e/screens')
/** Where a differing screen and its diff are written for a person to look at. */
const RESULTS = join(ROOT, 'test-results/screens')
/** `UPDATE_SCREENSHOTS=1` rewrites the references on purpose (then review them with git diff). */
const UPDATING = process.env.UPDATE_SCREENSHOTS === '1'
/**
 * Pixels that may differ: anti-aliasing at glyph edges moves a few pixels between runs; a changed
 * word moves hundreds, a lost stylesheet most of the screen.
 */
const MAX_DIFFERING_PIXELS = 120
/** The tallest picture taken: longer pages are cut here. */
const MAX_HEIGHT = 4000

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')
/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what GB/T 37668 and the MIIT rules point to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

interface AxeViolation {
  id: string
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/** The page's accessibility violations, one readable line each ([] when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the debugging protocol: the page's Content-Security-Policy (no inline scripts)
  // stays in force for the app itself.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
          })),
        ),
    AXE_TAGS,
  )
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id}: ${v.help} — ${n.target.join(' ')} (${(n.failureSummary ?? '').split('\n')[1]?.trim()})`,
    ),
  )
}

/**
 * The screen as a person sees it now, compared with its committed reference. Returns what differs
 * ('' when it matches). Volatile text (times of day, countdowns) is covered by `mask` first.
 */
export async function compareScreen(page: Page, name: string, mask: string[] = []): Promise<string> {
  // The whole page, not the first screenful: Taro scrolls each page in its own container, so the
  // window grows to the page's height for the picture (a page that fills the screen stays as it is).
  const phone = page.viewportSize()!
  const tall = await page.evaluate(() => document.querySelector('.taro_page_show')?.scrollHeight ?? 0)
  const navBar = await page.evaluate(() => document.getElementById('taro-navigation-bar')?.offsetHeight ?? 0)
  const height = Math.min(Math.max(phone.height, tall + navBar), MAX_HEIGHT)
  if (height > phone.height) {
    await page.setViewportSize({ width: phone.width, height })
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  }
  const shot = await page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    mask: mask.map((selector) => page.locator(selector)),
    maskColor: '#ff00ff',
  })
  await page.setViewportSize(phone)
  const reference = join(REFERENCES, `${name}.png`)
  const actualFile = join(RESULTS, `${name}.actual.png`)
  mkdirSync(RESULTS, { recursive: true })
  if (!existsSync(reference)) {
    if (UPDATING) return written(reference, shot)
    writeFileSync(actualFile, shot)
    return `${name}: no reference at ${reference}; the screen is in ${actualFile} (UPDATE_SCREENSHOTS=1 writes references)`
  }
  const expected = PNG.sync.read(readFileSync(reference))
  const actual = PNG.sync.read(shot)
  if (expected.width !== actual.width || expected.height !== actual.height) {
    if (UPDATING) return written(reference, shot)
    writeFileSync(actualFile, shot)
    return `${name}: ${actual.width}×${actual.height}, the reference is ${expected.width}×${expected.height}`
  }
  const diff = new PNG({ width: actual.width, height: actual.height })
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 })
  if (differing <= MAX_DIFFERING_PIXELS) return ''
  if (UPDATING) return written(reference, shot)
  writeFileSync(actualFile, shot)
  writeFileSync(join(RESULTS, `${name}.diff.png`), PNG.sync.write(diff))
  return `${name}: ${differing} pixels differ from ${reference} (see ${actualFile} and its .diff.png)`
}

/** A reference written on purpose (only where the screen changed: an unchanged one is left as it is). */
function written(reference: string, shot: Buffer): string {
  mkdirSync(dirname(reference), { recursive: true })
  writeFileSync(reference, shot)
  return ''
}
