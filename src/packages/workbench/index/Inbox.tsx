import { Input, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { Consultation, ConsultationsQuery } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import StateView from '@/components/StateView'
import { useArrivals } from '@/hooks/useArrivals'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { useSearchText } from '@/hooks/useSearchText'
import { formatDateTime, formatSpan, useT } from '@/i18n'
import { consultApi, previewOf } from '@/services/consult'
import { goTo } from '@/services/session'
import { withMessage } from './inbox-update'
import Tappable from '@/components/Tappable'

type Filter = ConsultationsQuery['filter']
const FILTERS: Filter[] = ['all', 'unanswered', 'overdue', 'backup']

function Row({ c }: { c: Consultation }) {
  const t = useT()
  const { state, waitingSince } = c.deadline
  return (
    <Tappable className={`desk-row inbox-row inbox-${state}`} onTap={() => goTo('chat', { id: c.id })}>
      <View className='desk-row-head'>
        <Text>
          {c.resident.name} · {c.village.name}
          {c.asBackup && <Text className='inbox-tag'>{t('inbox.asBackup')}</Text>}
        </Text>
        {c.unread > 0 && <Text className='inbox-unread'>{t('inbox.unread', { n: c.unread })}</Text>}
      </View>
      {c.lastMessage && (
        <View className='muted inbox-last'>
          {previewOf(c.lastMessage)} · {formatDateTime(Date.parse(c.lastMessage.at))}
        </View>
      )}
      <View className='inbox-meta'>
        {c.status === 'resolved' && <Text className='muted'>{t('inbox.resolved')}</Text>}
        {waitingSince && (
          <Text className='muted'>
            {t('inbox.waiting', { span: formatSpan(Date.now() - Date.parse(waitingSince)) })}
          </Text>
        )}
        {(state === 'due_soon' || state === 'overdue') && (
          <Text className={`inbox-deadline inbox-deadline-${state}`}>{t(`inbox.deadline.${state}`)}</Text>
        )}
      </View>
    </Tappable>
  )
}

/**
 * The adviser's conversations: their villages', and those of villages they back up while handed
 * over; unread counts, how long the resident has waited, the deadline's state; filters and search.
 */
export default function Inbox() {
  const t = useT()
  const [filter, setFilter] = useState<Filter>('all')
  const { typed, setTyped, q, confirm } = useSearchText()
  const list = useResource(`inbox:${filter}:${q}`, () => consultApi.list({ filter, ...(q ? { q } : {}) }))
  useOnReturn(list.reload)
  // A new message moves the list (its line, unread count, order) from the frame itself; only what
  // the frame cannot tell (a deadline starting or ending, a hand-over) asks the server again.
  const { reload, mutate } = list
  const shown = useRef(list.data)
  shown.current = list.data
  useArrivals((messages) => {
    let next = shown.current
    for (const m of messages) next = next && withMessage(next, m)
    const moved = next
    if (moved) mutate(() => moved)
    else reload()
  })
  const items = list.data?.items ?? []
  const narrowed = filter !== 'all' || q !== ''
  return (
    <View className='card inbox'>
      <View className='title'>{t('workbench.inbox')}</View>
      <View className='inbox-filters'>
        {FILTERS.map((f) => (
          <Tappable
            inline
            key={f}
            className={`inbox-filter ${f === filter ? 'inbox-filter-on' : ''}`}
            checked={f === filter}
            onTap={() => setFilter(f)}
          >
            {t(`inbox.filter.${f}`)}
          </Tappable>
        ))}
      </View>
      <Input
        className='input inbox-search'
        value={typed}
        placeholder={t('inbox.search')}
        confirmType='search'
        maxlength={formRules.consultations.q.max}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={confirm}
      />
      <StateView
        resource={list}
        empty={items.length === 0}
        emptyText={narrowed ? t('inbox.noMatch') : t('workbench.inboxEmpty')}
      />
      {items.map((c) => (
        <Row key={c.id} c={c} />
      ))}
    </View>
  )
}
