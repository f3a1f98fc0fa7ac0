/**
 * What the servers tell a person, as keys. Each names a text in every language of the client
 * (`src/i18n/<lang>.notices.ts`, under `notice.`) and the parameters that text uses; an error or a
 * notice leaves the servers as `{ key, params }` and is read in the person's language. A key added
 * here without a text in each language fails the client's typecheck and `tests/unit/notices.spec.ts`.
 *
 * Domains are converted to keys one by one (issue 27): until every one is, an error whose notice
 * is missing still carries its message, which the client shows as it is.
 */
export const NOTICES = {
  // Something named was not found (or is not the caller's to see: the same answer either way).
  'notFound.account': [],
  'notFound.aidOffice': [],
  'notFound.appointment': [],
  'notFound.call': [],
  'notFound.callback': [],
  'notFound.consultation': [],
  'notFound.file': [],
  'notFound.institution': [],
  'notFound.message': [],
  'notFound.person': [],
  'notFound.request': [],
  'notFound.serviceItem': [],
  'notFound.application': [],
  'notFound.record': [],
  // Any server, whatever the route.
  'request.malformed': [],
  'request.signIn': [],
  'request.forbidden': [],
  'request.notFound': [],
  'request.tooLarge': [],
  'request.unsupportedType': [],
  'request.badRange': [],
  'request.tooOften': [],
  'server.error': [],
  'upstream.unavailable': [],
  'upstream.timeout': [],
  'upstream.unreachable': [],
  // Booking a slot.
  'booking.noBooking': [],
  'booking.slotFull': [],
  'booking.closed.holiday': [],
  'booking.closed.closure': [],
  'booking.closed.noSchedule': [],
  'booking.closed.outsideHorizon': [],
  'booking.closed.notOffered': [],
  'booking.noSuchSlot': [],
  'booking.tooLate': ['minutes'],
  'booking.residentsOnly': [],
  'booking.contactPhone': [],
  'booking.alreadyBooked': [],
  'booking.alreadyBookedThatDay': [],
  'booking.ended': [],
  'booking.started': [],
  'booking.adviserTaken': [],
  // The service desk and the schedule staff keep.
  'desk.notWaiting': [],
  'desk.notCheckedIn': [],
  'desk.checkInOnTheDay': ['date'],
  'desk.notStartedYet': [],
  'schedule.pastDate': [],
  'schedule.closureTooFar': [],
  'message.sending': [],
  // Two devices signing in as one new person at once.
  'account.phoneTakenMeanwhile': [],
  'account.wechatTakenMeanwhile': [],
} as const satisfies Record<string, readonly string[]>

export type NoticeKey = keyof typeof NOTICES
/** The values a notice's text names (none for most). */
export type NoticeParams = Record<string, string | number>
/** A notice as it travels: its key and the values its text names. */
export interface NoticeOf {
  key: NoticeKey
  params?: NoticeParams
}
/** What `notFound` names: the part of each `notFound.*` key after the dot. */
export type NotFoundThing = NoticeKey extends infer K ? (K extends `notFound.${infer Thing}` ? Thing : never) : never
