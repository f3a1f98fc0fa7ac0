import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './InfoRow.scss'

/** A label and its value side by side in a detail card (预约详情, 申请详情); the value keeps its line breaks. */
export default function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='info-row'>
      <Text className='muted info-row-label'>{label}</Text>
      <View className='info-row-value'>{children}</View>
    </View>
  )
}
