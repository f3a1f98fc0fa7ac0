/** A place to go: where it is (GCJ-02, as Chinese maps use), what it is called, its address. */
export interface Place {
  lat: number
  lng: number
  name: string
  address: string
}

/** Calls a number: weapp asks WeChat to dial; H5 is a `tel:` link the phone dials. */
export function DialButton(props: { phone: string; label: string; className: string }): JSX.Element

/** Shows the way to a place: weapp opens WeChat's map (openLocation); H5 opens a map page in a new tab. */
export function MapButton(props: { place: Place; label: string; className: string }): JSX.Element
