/**
 * The names a new account starts with, in the province's language (Simplified Chinese): stored
 * with the account as its name until the person gives their own, and read as data from then on.
 */
export const zhCNNames = {
  /** A resident signed in by phone: 居民 and the phone's last four digits. */
  resident: (last4: string) => `居民${last4}`,
  /** A person signed in by WeChat before they give a phone. */
  wechatUser: '微信用户',
}
