import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { Slot } from '@pocket/contract'
import { PHONE_DIGITS, VIDEO_CONSULT_ITEM } from '@pocket/contract/constants'
import { addDays, localDateOf } from '@pocket/contract/time'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Field from '@/components/Field'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import { useAttempt } from '@/hooks/useAttempt'
import { useSubmit } from '@/hooks/useSubmit'
import { useResource } from '@/hooks/useResource'
import { formatDay, formatMonthDay, formatWeekday, useT } from '@/i18n'
import { formatDistance } from '@/i18n/format'
import { ApiError } from '@/services/api-error'
import { bookingApi } from '@/services/booking'
import { consultApi } from '@/services/consult'
import { replaceWith } from '@/services/session'
import { currentPosition } from '@/platform/location'
import { askForBookingNotices } from '@/platform/subscribe'
import { useSession } from '@/stores/session'
import './index.scss'
import Tappable from '@/components/Tappable'
import TextBox from '@/components/TextBox'

/** The days a booking can fall on, as of now: today to today + horizon, on Beijing time. */
function daysAhead(horizonDays: number): string[] {
  const today = localDateOf(Date.now())
  return Array.from({ length: horizonDays + 1 }, (_, i) => addDays(today, i))
}

/** What the page looks like while it loads: offices, days and slots to come. */
const SKELETON = { rows: 6, rowHeight: 120 }

/**
 * Booking (or, with `reschedule`, moving a booking): institution → day → slot with seats left →
 * short form → confirm. One Idempotency-Key per confirmed attempt, reused by its retries.
 */
export default function Book() {
  const t = useT()
  const { params } = useRouter()
  const rescheduling = params.reschedule ?? null
  const me = useSession((s) => s.me)
  const current = useResource(rescheduling && `appointment:${rescheduling}`, () => bookingApi.get(rescheduling ?? ''))
  const itemCode = params.item ?? current.data?.item.code ?? ''
  const [position, setPosition] = useState<{ lat: number; lng: number } | null>(null)
  const where = useResource(
    itemCode && `item-booking:${itemCode}:${position ? `${position.lat},${position.lng}` : (me?.village?.code ?? '')}`,
    () => bookingApi.itemBooking(itemCode, position ?? { region: me?.village?.code }),
  )
  // 视频咨询 is booked with one adviser, the village's, at the institution they work from: only that
  // one is offered (named by the chat that opened this page, else read from the resident's conversation).
  const video = itemCode === VIDEO_CONSULT_ITEM && !rescheduling
  const adviser = useResource(video && !params.institution ? 'consultation:mine' : null, () => consultApi.open())
  const fixedInstitution = params.institution ?? (video ? (adviser.data?.adviser.institutionId ?? '') : null)
  const places = (where.data?.institutions ?? []).filter((i) => !fixedInstitution || i.id === fixedInstitution)
  const [chosenInstitution, setInstitution] = useState<string | null>(null)
  const institutionId = current.data?.institution.id ?? chosenInstitution ?? places[0]?.id ?? null
  const days = where.data?.rule ? daysAhead(where.data.rule.horizonDays) : []
  const [chosenDate, setDate] = useState<string | null>(null)
  const date = chosenDate ?? days[1] ?? days[0] ?? null
  const slots = useResource(institutionId && date && `slots:${institutionId}:${itemCode}:${date}`, () =>
    bookingApi.slots(institutionId ?? '', itemCode, date ?? ''),
  )
  const head = rescheduling ? current : where
  const settled = (r: { data: unknown; error: unknown }) => r.data !== null || r.error !== null
  // The days come from the item's rule (also when rescheduling), then the first day's slots.
  const firstSlots = settled(where) && (!institutionId || !date || settled(slots))
  const [start, setStart] = useState<string | null>(null)
  const [topic, setTopic] = useState('')
  const [note, setNote] = useState('')
  const [phone, setPhone] = useState('')
  const { run, busy, error, setError } = useSubmit()
  const attempt = useAttempt(() => setError(''))
  const changed = attempt.edited
  const pickInstitution = changed((id: string) => {
    setInstitution(id)
    setStart(null)
  })
  const pickDate = changed((d: string) => {
    setDate(d)
    setStart(null)
  })
  const pickSlot = changed((s: Slot) => {
    if (s.bookable) setStart(s.start)
  })

  const sortByDistance = async () => {
    const here = await currentPosition()
    if (here) {
      setInstitution(null)
      setPosition(here)
    } else void Taro.showToast({ title: t('book.noLocation'), icon: 'none' })
  }

  const confirm = async () => {
    if (!date || !start || !institutionId) return setError(t('book.pickSlotFirst'))
    if (!rescheduling && !topic) return setError(t('book.topicRequired'))
    // Inside the tap, before anything else waits: WeChat only asks on a person's gesture.
    const asked = askForBookingNotices()
    // A slot taken meanwhile: pick again from the slots as they are now.
    const refused = (err: unknown) => {
      if (err instanceof ApiError && (err.code === 'SLOT_FULL' || err.code === 'SLOT_UNAVAILABLE')) {
        setStart(null)
        slots.reload()
      }
    }
    await run(
      async () => {
        if (rescheduling) {
          await bookingApi.reschedule(rescheduling, { date, start })
          void Taro.showToast({ title: t('book.rescheduled'), icon: 'success' })
          // Back to the booking it came from (which reloads when shown), not a second copy of it.
          await Taro.navigateBack().catch(() => replaceWith('appointment', { number: rescheduling }))
          return
        }
        await asked
        const body = { institutionId, itemCode, date, start, topic, note, contactPhone: phone || undefined }
        const booked = await bookingApi.book(body, attempt.key())
        void Taro.showToast({ title: t('book.done'), icon: 'success' })
        replaceWith('appointment', { number: booked.number })
      },
      { attempt, refused },
    )
  }

  return (
    <Page className='book' title={rescheduling ? 'book.rescheduleTitle' : 'book.title'}>
      <StateView resource={head} skeleton={SKELETON} />
      {video && !params.institution && <StateView resource={adviser} />}
      {/* The page appears once, when the first day's slots are in: on a slow network the offices,
          days and slots arrived in steps and pushed the form down three times. */}
      {head.data && !firstSlots && <StateView loading skeleton={SKELETON} />}
      {head.data && firstSlots && (
        <>
          {!rescheduling && where.data && (
            <View className='card'>
              <View className='book-institution-head'>
                <Text className='title'>{t('book.institution')}</Text>
                {!fixedInstitution && (
                  <Tappable inline className='book-nearest' onTap={() => void sortByDistance()}>
                    {t('book.nearest')}
                  </Tappable>
                )}
              </View>
              {places.map((i) => (
                <Tappable
                  key={i.id}
                  className={`book-choice ${i.id === institutionId ? 'book-chosen' : ''}`}
                  checked={i.id === institutionId}
                  onTap={() => pickInstitution(i.id)}
                >
                  <View>{i.name}</View>
                  <View className='muted'>
                    {i.distance !== null && `${formatDistance(i.distance)} · `}
                    {i.address}
                  </View>
                </Tappable>
              ))}
            </View>
          )}
          {rescheduling && current.data && (
            <View className='card'>
              <View className='title'>{current.data.item.name}</View>
              <View className='muted'>{current.data.institution.name}</View>
            </View>
          )}
          {days.length > 0 && (
            <View className='card'>
              <View className='title'>{t('book.date')}</View>
              <View className='book-days'>
                {days.map((d) => (
                  <Tappable
                    key={d}
                    className={`book-day ${d === date ? 'book-chosen' : ''}`}
                    checked={d === date}
                    onTap={() => pickDate(d)}
                  >
                    <Text>{formatMonthDay(d)}</Text>
                    <Text>{formatWeekday(d)}</Text>
                  </Tappable>
                ))}
              </View>
            </View>
          )}
          {date && (
            <View className='card'>
              <View className='title'>{t('book.slot')}</View>
              <StateView resource={slots} />
              {slots.data?.closed && (
                <View className='muted book-closed'>
                  {t(`book.closed.${slots.data.closed.reason}`, { name: slots.data.closed.name ?? '' })}
                </View>
              )}
              <View className='book-slots'>
                {slots.data?.slots.map((s) => (
                  <Tappable
                    key={s.start}
                    className={`book-slot ${s.bookable ? '' : 'book-slot-off'} ${s.start === start ? 'book-chosen' : ''}`}
                    checked={s.start === start}
                    onTap={() => pickSlot(s)}
                  >
                    <Text>
                      {s.start}-{s.end}
                    </Text>
                    <Text className='book-seats'>
                      {s.left === 0 ? t('book.full') : s.bookable ? t('book.left', { n: s.left }) : t('book.tooSoon')}
                    </Text>
                  </Tappable>
                ))}
              </View>
            </View>
          )}
          {!rescheduling && (
            <View className='card'>
              <View className='title'>{t('book.form')}</View>
              <Field
                label={t('book.topic')}
                value={topic}
                onChange={changed(setTopic)}
                placeholder={t('book.topicPlaceholder')}
                maxlength={formRules.book.topic.max}
                className='book-topic'
              />
              <View className='field-label'>{t('book.note')}</View>
              <TextBox
                className='book-note'
                value={note}
                maxlength={formRules.book.note.max}
                placeholder={t('book.notePlaceholder')}
                onChange={changed(setNote)}
              />
              <Field
                label={t('book.phone')}
                value={phone}
                onChange={changed(setPhone)}
                type='number'
                maxlength={PHONE_DIGITS}
                placeholder={t('book.phonePlaceholder')}
                className='book-phone'
              />
              {me?.phoneMasked && <View className='muted'>{t('book.phoneAccount', { phone: me.phoneMasked })}</View>}
            </View>
          )}
          {error && (
            <View className='error-text' role='alert'>
              {error}
            </View>
          )}
          <Button className='book-confirm' busy={busy} onClick={() => void confirm()}>
            {t(rescheduling ? 'book.confirmReschedule' : 'book.confirm')}
            {date && start ? t('book.confirmWhen', { when: `${formatDay(date)} ${start}` }) : ''}
          </Button>
        </>
      )}
    </Page>
  )
}
