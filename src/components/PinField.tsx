import { PIN_MAX_DIGITS } from '@/services/pin'
import Field from './Field'

/** The app lock's PIN as it is typed: digits only, shown as dots. */
export default function PinField(props: {
  label: string
  value: string
  onChange(v: string): void
  className: string
}) {
  return <Field {...props} type='number' password maxlength={PIN_MAX_DIGITS} />
}
