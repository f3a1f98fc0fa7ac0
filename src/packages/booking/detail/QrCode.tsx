import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'
import { described } from '@/components/a11y'

/** A QR code of `text` as an image (GIF data URL): no canvas, the same on both builds. */
export default function QrCode({ text, alt, className = '' }: { text: string; alt: string; className?: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(text)
    qr.make()
    return qr.createDataURL(8, 2)
  }, [text])
  return <Image className={`qr ${className}`} src={src} mode='aspectFit' {...described(alt)} />
}
