// Debian's Chromium, headless, as the e2e tests and the call bench launch it.

/**
 * Debian's headless shell (package chromium-headless-shell): the same Blink, V8 and WebRTC as the
 * chromium package without the desktop browser around each tab. A new page costs about a third of
 * the CPU (0.9 against 2.7 CPU-seconds for the H5 home on this machine), and the browser suites
 * open a page for every phone, so they run in two thirds of the time.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'

/** What to say when it is missing. */
export const CHROMIUM_MISSING = `Chromium's headless shell not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium-headless-shell" (.ci/run does)`

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
