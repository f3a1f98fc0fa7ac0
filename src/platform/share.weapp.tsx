import { useShareAppMessage } from '@tarojs/taro'
import { useRef } from 'react'
import Button from '@/components/Button'
import { urlOf } from '@/services/session'
import type { ShareCard } from './share'

export function useShareCard(card: ShareCard | null): void {
  // The handler reads the card current when the person shares, not when the page first rendered.
  const current = useRef(card)
  current.current = card
  useShareAppMessage(() => {
    const c = current.current
    return c ? { title: c.title, path: urlOf(c.page, c.params) } : {}
  })
}

export function ShareButton({ className, label }: { className: string; label: string }) {
  return (
    <Button variant='plain' openType='share' className={className}>
      {label}
    </Button>
  )
}
