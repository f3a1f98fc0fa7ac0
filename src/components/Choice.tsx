import { View } from '@tarojs/components'
import Tappable from './Tappable'
import './Choice.scss'

interface Props<T extends string> {
  /** What is being chosen, said above the options (and to a screen reader). */
  label: string
  options: readonly T[]
  value: NoInfer<T> | null
  onChange(value: NoInfer<T>): void
  /** The text of an option. */
  text(option: NoInfer<T>): string
  /** Classes of the group; each option also gets `<className>-<option>`. */
  className: string
}

/** One of a few options, as a row of chips: the chosen one marked, each at least a finger wide. */
export default function Choice<T extends string>({ label, options, value, onChange, text, className }: Props<T>) {
  return (
    <View className='choice'>
      <View className='field-label'>{label}</View>
      <View className={`choice-options ${className}`} role='radiogroup' aria-label={label}>
        {options.map((o) => (
          <Tappable
            inline
            key={o}
            className={`choice-option ${className}-${o} ${o === value ? 'choice-on' : ''}`}
            checked={o === value}
            onTap={() => onChange(o)}
          >
            {text(o)}
          </Tappable>
        ))}
      </View>
    </View>
  )
}
