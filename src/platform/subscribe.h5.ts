// A browser has no subscribe messages: booking notices go to the contact phone by SMS.
export function askForBookingNotices(): Promise<void> {
  return Promise.resolve()
}
