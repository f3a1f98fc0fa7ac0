import type { DcNotification } from '@pocket/contract'
import { fill, templatesFor } from './templates/templates.js'

/** The SMS template a notice is sent with: its own, or the one that says only that there is news. */
export function smsTemplate(n: DcNotification): string {
  return n.discreet ? 'discreet_notice' : n.kind
}

/** Template parameters, the same for SMS and the subscribe message; none of substance when discreet. */
export function noticeParams(n: DcNotification): Record<string, string> {
  const words = templatesFor()
  if (n.discreet)
    return { item: words.discreet.item, when: n.when, place: '', number: n.number ?? '', status: words.discreet.status }
  // A legal aid application's or a complaint's notices name no service: the request is its kind.
  const kind = (Object.keys(words.kindName) as (keyof typeof words.kindName)[]).find((k) => n.kind.startsWith(k))
  const item = n.item || (kind ? words.kindName[kind] : '')
  return { item, when: n.when, place: n.place, number: n.number ?? '', status: words.status[n.kind] }
}

/** The SMS text of a notice (providers send approved templates; this is what the template reads). */
export function noticeText(n: DcNotification): string {
  if (n.discreet) return templatesFor().discreet.sms
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
  const { discreet } = templatesFor()
  // WeChat refuses an empty field: a discreet notice fills each with the same neutral words.
  const place = n.discreet ? discreet.action : p.place
  if (isConsultNotice(n))
    return {
      thing1: p.item.slice(0, 20),
      thing2: place.slice(0, 20),
      time3: p.when.slice(0, 16),
      thing4: n.discreet ? discreet.action : (templatesFor().consultAction[n.kind] ?? ''),
    }
  return {
    thing1: p.item.slice(0, 20),
    time2: p.when.slice(0, 16),
    thing3: place.slice(0, 20),
    character_string4: p.number,
    phrase5: p.status,
  }
}
