// A browser has no subscribe messages: booking notices go to the contact phone by SMS.
export function askForBookingNotices(): Promise<void> {
  return Promise.resolve()
}

// Nor for chat: an answer to someone whose page is closed goes to their phone by SMS.
export function askForReplyNotices(): Promise<void> {
  return Promise.resolve()
}
