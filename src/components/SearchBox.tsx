import { Input } from '@tarojs/components'
import type { useSearchText } from '@/hooks/useSearchText'
import { named } from './a11y'
import './SearchBox.scss'

/** A search box: searches as the person pauses typing, or at the keyboard's search key. */
export default function SearchBox({
  search,
  placeholder,
  maxlength,
  className,
}: {
  search: ReturnType<typeof useSearchText>
  placeholder: string
  maxlength: number
  className: string
}) {
  return (
    <Input
      className={`input search-box ${className}`}
      value={search.typed}
      placeholder={placeholder}
      confirmType='search'
      maxlength={maxlength}
      {...named(placeholder)}
      onInput={(e) => search.setTyped(e.detail.value)}
      onConfirm={search.confirm}
    />
  )
}
