/**
 * Asks the person to accept booking notices (a WeChat subscribe message); must run inside the tap
 * that confirms, as WeChat requires. Resolves whatever they answer: SMS is the fallback.
 */
export function askForBookingNotices(): Promise<void>
