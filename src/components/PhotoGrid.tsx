import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { UploadedFile } from '@pocket/contract'
import { t } from '@/i18n'
import { fileUrl } from '@/services/uploads'
import { pressable } from '@/platform/pressable'
import { described } from './a11y'
import './PhotoGrid.scss'

/** The photos among a request's files, as thumbnails; a tap opens them full screen to swipe through. */
export default function PhotoGrid({ files }: { files: UploadedFile[] }) {
  const urls = files.filter((f) => f.mime.startsWith('image/')).map(fileUrl)
  if (urls.length === 0) return null
  return (
    <View className='photo-grid'>
      {urls.map((src, i) => (
        <Image
          key={src}
          className='photo-grid-item'
          src={src}
          mode='aspectFill'
          lazyLoad
          {...described(t('photo.nth', { n: i + 1 }))}
          onClick={() => void Taro.previewImage({ current: src, urls })}
          {...pressable(() => void Taro.previewImage({ current: src, urls }))}
        />
      ))}
    </View>
  )
}
