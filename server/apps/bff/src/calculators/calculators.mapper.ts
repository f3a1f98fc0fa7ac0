import type { CalcFigure, CalcFigureUsed, CalcItem, CalcResult } from '@pocket/contract'

// The data center's answers as the app shows them: each field named, none passed through unseen.

export function toCalcFigure(f: CalcFigure): CalcFigure {
  const { name, value, year, scope, source, isDemo } = f
  return { name, value, year, scope, source, isDemo }
}

function toCalcItem(i: CalcItem): CalcItem {
  const { law, article, clause, articleId } = i.provision
  return {
    name: i.name,
    kind: i.kind,
    amount: i.amount,
    provision: { law, article, clause, articleId },
    arithmetic: { step: i.arithmetic.step, values: { ...i.arithmetic.values } },
  }
}

const toFigureUsed = (f: CalcFigureUsed): CalcFigureUsed => ({
  ...toCalcFigure(f),
  entered: f.entered,
  wanted: f.wanted,
})

export function toCalcResult(r: CalcResult): CalcResult {
  return { total: r.total, items: r.items.map(toCalcItem), figures: r.figures.map(toFigureUsed) }
}
