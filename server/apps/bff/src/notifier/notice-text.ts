import type { DcNotification } from '@pocket/contract'
import { fill, templatesFor } from './templates/templates.js'

/** Template parameters, the same for SMS and the subscribe message. */
export function noticeParams(n: DcNotification): Record<string, string> {
  const words = templatesFor()
  // A legal aid application's or a complaint's notices name no service: the request is its kind.
  const kind = (Object.keys(words.kindName) as (keyof typeof words.kindName)[]).find((k) => n.kind.startsWith(k))
  const item = n.item || (kind ? words.kindName[kind] : '')
  return { item, when: n.when, place: n.place, number: n.number ?? '', status: words.status[n.kind] }
}

/** The SMS text of a notice (providers send approved templates; this is what the template reads). */
export function noticeText(n: DcNotification): string {
  return fill(templatesFor().sms[n.kind], noticeParams(n))
}

/** Whether a notice is about a consultation (its own template and page) rather than a booking. */
export function isConsultNotice(n: DcNotification): boolean {
  return n.kind in templatesFor().consultAction
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
      thing4: templatesFor().consultAction[n.kind] ?? '',
    }
  return {
    thing1: p.item.slice(0, 20),
    time2: p.when.slice(0, 16),
    thing3: p.place.slice(0, 20),
    character_string4: p.number,
    phrase5: p.status,
  }
}
