/**
 * Asks the person to accept booking notices (a WeChat subscribe message); must run inside the tap
 * that confirms, as WeChat requires. Resolves whatever they answer: SMS is the fallback.
 */
export function askForBookingNotices(): Promise<void>

/**
 * Asks a resident to accept a notice when the adviser answers while the app is closed; runs inside
 * the tap that sends a message (each acceptance covers one notice, so it is asked again each time).
 */
export function askForReplyNotices(): Promise<void>
