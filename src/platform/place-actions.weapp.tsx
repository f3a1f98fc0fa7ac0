import Taro from '@tarojs/taro'
import Button from '@/components/Button'
import type { Place } from './place-actions'

export function DialButton({ phone, label, className }: { phone: string; label: string; className: string }) {
  return (
    <Button
      className={className}
      onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}
    >
      {label}
    </Button>
  )
}

export function MapButton({ place, label, className }: { place: Place; label: string; className: string }) {
  const open = () =>
    void Taro.openLocation({
      latitude: place.lat,
      longitude: place.lng,
      name: place.name,
      address: place.address,
      scale: 16,
    }).catch(() => undefined)
  return (
    <Button variant='plain' className={className} onClick={open}>
      {label}
    </Button>
  )
}
