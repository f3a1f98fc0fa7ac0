import { Input, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { named } from './a11y'
import './Field.scss'

interface Props {
  label: string
  value: string
  onChange(value: string): void
  placeholder?: string
  type?: 'text' | 'number' | 'digit' | 'idcard'
  maxlength?: number
  /** Dots for what is typed (a PIN). */
  password?: boolean
  /** Classes of the input (tests and page styles find it by them). */
  className?: string
  /** Beside the input, at its end (a send-code button, a unit). */
  extra?: ReactNode
}

/** A labelled one-line input; the value is trimmed as it is typed. */
export default function Field({
  label,
  value,
  onChange,
  placeholder,
  type = 'text',
  maxlength,
  password,
  className = '',
  extra,
}: Props) {
  return (
    <View className='field'>
      <View className='field-label'>{label}</View>
      <View className='field-row'>
        <Input
          className={`input field-input ${className}`}
          type={type}
          maxlength={maxlength}
          password={password}
          placeholder={placeholder}
          value={value}
          {...named(label)}
          onInput={(e) => onChange(e.detail.value.trim())}
        />
        {extra}
      </View>
    </View>
  )
}
