import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { UploadedFile } from '@pocket/contract'
import { useT } from '@/i18n'
import { messageOf } from '@/services/api-error'
import { described } from './a11y'
import { uploadsApi } from '@/services/uploads'
import { compressImage } from '@/platform/compress-image'
import './AttachmentPicker.scss'
import Tappable from '@/components/Tappable'

interface Item {
  key: number
  /** The photo on the phone: shown at once, uploaded after compression. */
  local: string
  progress: number
  file: UploadedFile | null
  error: string
}

interface Props {
  max: number
  /** The uploaded files' ids, and whether any is still on its way (or failed). */
  onChange(attachments: { ids: string[]; pending: boolean }): void
}

/** Photos for a request: chosen, compressed on the phone, uploaded one by one with their progress. */
export default function AttachmentPicker({ max, onChange }: Props) {
  const t = useT()
  const [items, setItems] = useState<Item[]>([])
  const nextKey = useRef(0)
  const report = useRef(onChange)
  report.current = onChange
  const reported = useRef('')

  // Told only when the set of files or whether one is pending changes, not at every progress step.
  useEffect(() => {
    const ids = items.flatMap((i) => (i.file ? [i.file.id] : []))
    const pending = ids.length < items.length
    const now = `${ids.join(',')}|${pending}`
    if (now === reported.current) return
    reported.current = now
    report.current({ ids, pending })
  }, [items])

  const patch = (key: number, change: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)))

  const send = async (item: Item) => {
    patch(item.key, { error: '', progress: 0 })
    try {
      const path = await compressImage(item.local)
      const file = await uploadsApi.upload(path, { onProgress: (progress) => patch(item.key, { progress }) })
      patch(item.key, { file, progress: 100 })
    } catch (err) {
      patch(item.key, { error: messageOf(err) })
    }
  }

  const add = async () => {
    let paths: string[]
    try {
      const res = await Taro.chooseImage({
        count: max - items.length,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      })
      paths = res.tempFilePaths
    } catch {
      return // the person closed the picker
    }
    const added = paths.slice(0, max - items.length).map((local) => ({
      key: nextKey.current++,
      local,
      progress: 0,
      file: null,
      error: '',
    }))
    setItems((list) => [...list, ...added])
    // One at a time: on a weak network parallel uploads only slow each other down.
    for (const item of added) await send(item)
  }

  const remove = (key: number) => setItems((list) => list.filter((i) => i.key !== key))

  return (
    <View className='attachments'>
      {items.map((i, n) => (
        <View key={i.key} className='attachment'>
          <Image
            className='attachment-image'
            src={i.local}
            mode='aspectFill'
            {...described(t('photo.nth', { n: n + 1 }))}
          />
          {!i.file && !i.error && <View className='attachment-progress'>{`${i.progress}%`}</View>}
          {i.error && (
            <Tappable className='attachment-failed' onTap={() => void send(i)}>
              {t('attachments.retry')}
            </Tappable>
          )}
          <Tappable inline className='attachment-remove' label={t('attachments.remove')} onTap={() => remove(i.key)}>
            ×
          </Tappable>
        </View>
      ))}
      {items.length < max && (
        <Tappable className='attachment attachment-add' onTap={() => void add()}>
          <Text className='attachment-plus' aria-hidden>
            +
          </Text>
          <Text className='muted'>{t('attachments.add')}</Text>
        </Tappable>
      )}
      {items.some((i) => i.error) && (
        <View className='error-text attachments-error' role='alert'>
          {items.find((i) => i.error)?.error}
        </View>
      )}
    </View>
  )
}
