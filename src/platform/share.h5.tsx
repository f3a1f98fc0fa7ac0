import Taro from '@tarojs/taro'
import Button from '@/components/Button'
import { t } from '@/i18n'
import type { ShareCard } from './share'

// A web page is shared by its address: the browser (WeChat's included) has its own share menu.
export function useShareCard(_card: ShareCard | null): void {}

export function ShareButton({ className, label }: { className: string; label: string }) {
  const copyLink = () =>
    void Taro.setClipboardData({ data: window.location.href })
      .then(() => Taro.showToast({ title: t('library.linkCopied'), icon: 'none' }))
      .catch(() => undefined)
  return (
    <Button variant='plain' className={className} onClick={copyLink}>
      {label}
    </Button>
  )
}
