// Debian's Chromium, headless, as the e2e tests and the call bench launch it.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // Off the (closed) network.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A microphone (and camera) that plays a test tone, allowed without asking: voice notes, calls.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  // Calls: WebRTC between two pages of this machine, with only loopback, playing without a tap.
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--autoplay-policy=no-user-gesture-required',
]
