import type { Place } from './place-actions'
import './place-actions.h5.scss'

// Links, not scripts: the browser (WeChat's included) dials a tel: link and opens a map page itself,
// and a person can long-press either to copy it.

export function DialButton({ phone, label, className }: { phone: string; label: string; className: string }) {
  return (
    <a className={`btn btn-primary place-action ${className}`} href={`tel:${phone}`}>
      {label}
    </a>
  )
}

/** 高德's public marker page: it needs no key and opens the map app where one is installed. */
export function mapUrl(place: Place): string {
  const q = new URLSearchParams({
    position: `${place.lng},${place.lat}`,
    name: place.name,
    src: 'pocket12348',
    coordinate: 'gaode',
    callnative: '1',
  })
  return `https://uri.amap.com/marker?${q.toString()}`
}

export function MapButton({ place, label, className }: { place: Place; label: string; className: string }) {
  return (
    <a
      className={`btn btn-plain place-action ${className}`}
      href={mapUrl(place)}
      target='_blank'
      rel='noopener noreferrer'
    >
      {label}
    </a>
  )
}
