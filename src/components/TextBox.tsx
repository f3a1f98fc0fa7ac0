import { Textarea } from '@tarojs/components'
import { named } from './a11y'

interface Props {
  value: string
  onChange(value: string): void
  /** What to write here: shown while it is empty, and its name for a screen reader. */
  placeholder: string
  maxlength: number
  /** Classes of the box (page styles give its height; tests find it by them). */
  className: string
}

/** A few lines a person writes: a note, a topic, a comment, a summary. */
export default function TextBox({ value, onChange, placeholder, maxlength, className }: Props) {
  return (
    <Textarea
      className={`input ${className}`}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      {...named(placeholder)}
      onInput={(e) => onChange(e.detail.value)}
    />
  )
}
