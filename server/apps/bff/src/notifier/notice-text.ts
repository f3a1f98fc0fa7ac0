import type { DcNotification, NotificationKind } from '@pocket/contract'

const STATUS: Record<NotificationKind, string> = {
  booking_confirmed: '预约成功',
  booking_cancelled: '已取消',
  booking_rescheduled: '已改约',
  booking_reminder: '即将开始',
}

/** The SMS text of a notice (providers send approved templates; this is what the template reads). */
export function noticeText(n: DcNotification): string {
  switch (n.kind) {
    case 'booking_confirmed':
      return `您已预约${n.place}的“${n.item}”，时间${n.when}，统一编号${n.number}。`
    case 'booking_cancelled':
      return `您预约的“${n.item}”（${n.when}，${n.place}）已取消，统一编号${n.number}。`
    case 'booking_rescheduled':
      return `您预约的“${n.item}”已改至${n.when}，地点${n.place}，统一编号${n.number}。`
    case 'booking_reminder':
      return `提醒：您预约的“${n.item}”将于${n.when}在${n.place}办理，请携带所需材料准时到场。统一编号${n.number}。`
  }
}

/** Template parameters, the same for SMS and the subscribe message. */
export function noticeParams(n: DcNotification): Record<string, string> {
  return { item: n.item, when: n.when, place: n.place, number: n.number, status: STATUS[n.kind] }
}

/** The subscribe-message fields of the booking template (WeChat caps `thing` values at 20 characters). */
export function subscribeData(n: DcNotification): Record<string, string> {
  const p = noticeParams(n)
  return {
    thing1: p.item.slice(0, 20),
    time2: p.when.slice(0, 16),
    thing3: p.place.slice(0, 20),
    character_string4: p.number,
    phrase5: p.status,
  }
}
