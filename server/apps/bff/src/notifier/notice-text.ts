import type { DcNotification, NotificationKind } from '@pocket/contract'

const STATUS: Record<NotificationKind, string> = {
  booking_confirmed: '预约成功',
  booking_cancelled: '已取消',
  booking_rescheduled: '已改约',
  booking_reminder: '即将开始',
  legal_aid_accepted: '已受理',
  legal_aid_rejected: '不予受理',
  legal_aid_assigned: '已指派',
  legal_aid_closed: '已办结',
  video_booked: '新的预约',
  video_cancelled: '已取消',
  video_rescheduled: '已改约',
  video_reminder: '即将开始',
  consult_reply: '顾问已回复',
  consult_question: '居民咨询',
  call_missed: '未接来电',
}

/** The SMS text of a notice (providers send approved templates; this is what the template reads). */
export function noticeText(n: DcNotification): string {
  switch (n.kind) {
    case 'booking_confirmed':
      return `您已预约${n.place}的“${n.item}”，时间${n.when}，统一编号${n.number ?? ''}。`
    case 'booking_cancelled':
      return `您预约的“${n.item}”（${n.when}，${n.place}）已取消，统一编号${n.number ?? ''}。`
    case 'booking_rescheduled':
      return `您预约的“${n.item}”已改至${n.when}，地点${n.place}，统一编号${n.number ?? ''}。`
    case 'booking_reminder':
      return `提醒：您预约的“${n.item}”将于${n.when}在${n.place}办理，请携带所需材料准时到场。统一编号${n.number ?? ''}。`
    case 'legal_aid_accepted':
      return `您的法律援助申请已由${n.place}受理，将尽快指派承办人，统一编号${n.number ?? ''}。`
    case 'legal_aid_rejected':
      return `您的法律援助申请${n.place}决定不予受理，理由请打开“掌上12348”查看，统一编号${n.number ?? ''}。`
    case 'legal_aid_assigned':
      return `您的法律援助申请已指派承办人，请打开“掌上12348”查看，统一编号${n.number ?? ''}。`
    case 'legal_aid_closed':
      return `您的法律援助案件已办结，欢迎打开“掌上12348”评价，统一编号${n.number ?? ''}。`
    case 'video_booked':
      return `${n.item}预约了与您的视频咨询，时间${n.when}，统一编号${n.number ?? ''}。`
    case 'video_cancelled':
      return `${n.item}取消了${n.when}的视频咨询，统一编号${n.number ?? ''}。`
    case 'video_rescheduled':
      return `${n.item}的视频咨询已改至${n.when}，统一编号${n.number ?? ''}。`
    case 'video_reminder':
      return `提醒：${n.item}的视频咨询将于${n.when}开始，请提前打开“掌上12348”进入视频咨询。统一编号${n.number ?? ''}。`
    case 'consult_reply':
      return `${n.item}老师回复了您的法律咨询，请打开“掌上12348”查看。`
    case 'consult_question':
      return `${n.place}的${n.item}给您发来法律咨询，请及时打开“掌上12348”工作台答复。`
    case 'call_missed':
      return `您有一个来自${n.item}的未接来电，请打开“掌上12348”查看并回电。`
  }
}

/** What the consultation template's thing4 says, per kind; a kind listed here uses that template. */
const CONSULT_ACTION: Partial<Record<NotificationKind, string>> = {
  consult_reply: '顾问已回复，点击查看',
  consult_question: '居民发来咨询，请及时答复',
  call_missed: '未接来电，点击回电',
}

/** Whether a notice is about a consultation (its own template and page) rather than a booking. */
export function isConsultNotice(n: DcNotification): boolean {
  return n.kind in CONSULT_ACTION
}

/** Template parameters, the same for SMS and the subscribe message. */
export function noticeParams(n: DcNotification): Record<string, string> {
  return { item: n.item, when: n.when, place: n.place, number: n.number ?? '', status: STATUS[n.kind] }
}

/**
 * The subscribe-message fields (WeChat caps `thing` values at 20 characters): of the booking
 * template, or of the consultation template (thing1 who wrote, thing2 village, time3 when, thing4 what to do).
 */
export function subscribeData(n: DcNotification): Record<string, string> {
  const p = noticeParams(n)
  if (isConsultNotice(n))
    return {
      thing1: p.item.slice(0, 20),
      thing2: p.place.slice(0, 20),
      time3: p.when.slice(0, 16),
      thing4: CONSULT_ACTION[n.kind] ?? '',
    }
  return {
    thing1: p.item.slice(0, 20),
    time2: p.when.slice(0, 16),
    thing3: p.place.slice(0, 20),
    character_string4: p.number,
    phrase5: p.status,
  }
}
