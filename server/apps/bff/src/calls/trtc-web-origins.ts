/**
 * Where TRTC Web (trtc-sdk-v5, the H5 call media when TRTC is configured) connects: its scheduler,
 * signalling and quality reports. The H5 page's CSP allows these only when TRTC is configured; the
 * media itself (WebRTC) is not under CSP. TRTC's console lists the same domains for firewalls.
 */
export const TRTC_WEB_ORIGINS = [
  'https://*.cloud-rtc.com',
  'https://*.cloud-rtc.net',
  'https://*.rtc.qq.com',
  'wss://*.rtc.qq.com',
  'wss://webrtc.qq.com',
  'https://yun.tim.qq.com',
  'https://*.trtc.tencent-cloud.com',
  'wss://*.trtc.tencent-cloud.com',
]
