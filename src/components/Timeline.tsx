import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@pocket/contract'
import { formatDateTime, said, useT, type MessageKey } from '@/i18n'
import './Timeline.scss'

/** A request's progress, step by step as the data center recorded it (a booking, an application). */
export default function Timeline({ steps }: { steps: TimelineEntry[] }) {
  const t = useT()
  return (
    <>
      {steps.map((step, i) => (
        <View key={i} className='timeline-step'>
          <Text className='timeline-status'>{t(`status.${step.status}` as MessageKey)}</Text>
          <Text className='muted'>
            {formatDateTime(Date.parse(step.at))}
            {step.notice ? ` · ${said(step.notice, '')}` : ''}
            {step.note ? ` · ${step.note}` : ''}
          </Text>
        </View>
      ))}
    </>
  )
}
