import type { Page } from 'playwright-core'

/**
 * The MIIT 适老化 numbers (移动互联网应用适老化通用设计规范, 2021) that 长辈版 keeps, measured from
 * the rendered page in CSS pixels (a phone's dp): every text at least 18, the largest (首页's) at
 * least 30, lines at least 1.3 times the text,
 * text contrast at least 4.5:1, the main buttons at least 60×60 and every other target 44×44.
 */
export const ELDER = { text: 18, largest: 30, lineHeight: 1.3, contrast: 4.5, mainTarget: 60, target: 44 } as const

/**
 * What breaks those numbers on the page shown now, one line each (empty when it keeps them all), and
 * the largest text it draws.
 */
export function elderAudit(page: Page, root = '.taro_page_show'): Promise<{ violations: string[]; largest: number }> {
  return page.evaluate(
    ({ rules, root }) => {
      const scope = Array.from(document.querySelectorAll(root)).at(-1) ?? document.body
      const found: string[] = []
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r, g, b].map((v) => {
          const s = v / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * R + 0.7152 * G + 0.0722 * B
      }
      const contrast = (el: Element) => {
        let bg: number[] = [255, 255, 255]
        for (let node: Element | null = el; node; node = node.parentElement) {
          const c = rgb(getComputedStyle(node).backgroundColor)
          if (c.length >= 3 && (c.length < 4 || c[3] > 0)) {
            bg = c.slice(0, 3)
            break
          }
        }
        const fg = rgb(getComputedStyle(el).color)
        const alpha = fg.length >= 4 ? fg[3] : 1
        const seen = fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha))
        const [a, b] = [luminance(seen), luminance(bg)].sort((x, y) => y - x)
        return (a + 0.05) / (b + 0.05)
      }
      const name = (el: Element) => {
        const cls = Array.from(el.classList)
          .filter((c) => !c.startsWith('taro'))
          .slice(0, 2)
          .join('.')
        const text = (el.textContent ?? '').trim().slice(0, 12)
        return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} “${text}”`
      }
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect()
        const s = getComputedStyle(el)
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.opacity !== '0'
      }
      let largest = 0
      for (const el of Array.from(scope.querySelectorAll('*'))) {
        if (!shown(el) || el.closest('[aria-hidden="true"], svg, .state-loading')) continue
        const s = getComputedStyle(el)
        const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
        if (ownText) {
          const size = parseFloat(s.fontSize)
          largest = Math.max(largest, size)
          if (size < rules.text - 0.01) found.push(`text ${size.toFixed(1)}px < ${rules.text}: ${name(el)}`)
          const line = s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight)
          if (line < size * rules.lineHeight - 0.01)
            found.push(`line height ${s.lineHeight} < ${rules.lineHeight}× ${size.toFixed(1)}px: ${name(el)}`)
          const ratio = contrast(el)
          if (ratio < rules.contrast - 0.01) found.push(`contrast ${ratio.toFixed(2)} < ${rules.contrast}: ${name(el)}`)
        }
        const role = el.getAttribute('role')
        const target =
          el.matches('button, a[href], input, textarea, .btn, [role="button"], [role="radio"], [role="switch"]') ||
          role === 'checkbox'
        if (target) {
          const r = el.getBoundingClientRect()
          const min = el.matches('.btn') ? rules.mainTarget : rules.target
          if (r.width < min - 0.5 || r.height < min - 0.5)
            found.push(`target ${r.width.toFixed(0)}×${r.height.toFixed(0)} < ${min}×${min}: ${name(el)}`)
        }
      }
      return { violations: found, largest }
    },
    { rules: ELDER, root },
  )
}
