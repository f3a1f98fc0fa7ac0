/** A page anyone might have open: a weather search. Replacing, so 返回 does not come back here. */
export const NEUTRAL_URL = 'https://www.baidu.com/s?wd=%E4%BB%8A%E5%A4%A9%E5%A4%A9%E6%B0%94'

export function leaveApp(): void {
  window.location.replace(NEUTRAL_URL)
}
