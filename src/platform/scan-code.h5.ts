import Taro from '@tarojs/taro'
import { t } from '@/i18n'

// A browser page has no scanner of its own: the rear camera fills the screen and each frame is read
// for a QR code (jsQR, loaded only when a clerk first scans, so no one else downloads it).

/** Where the camera can be opened: a secure page (https or this machine) in a browser that has it. */
export const canScanCode = typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia

/** Frames read per second: enough to catch a code held still, light on a cheap phone. */
const READS_PER_SECOND = 8
/** The side of the square read from the middle of each frame, in pixels. */
const READ_SIZE = 480

export async function scanCode(): Promise<string | null> {
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      audio: false,
    })
  } catch {
    void Taro.showToast({ title: t('scan.noCamera'), icon: 'none', duration: 3000 })
    return null
  }
  const { default: jsQR } = await import(/* webpackChunkName: "lazy-jsqr" */ 'jsqr')
  const overlay = scannerOverlay()
  const { video, canvas, cancel } = overlay
  video.srcObject = stream
  await video.play().catch(() => undefined)
  const context = canvas.getContext('2d', { willReadFrequently: true })
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (text: string | null) => {
      clearTimeout(timer)
      for (const track of stream.getTracks()) track.stop()
      overlay.root.remove()
      resolve(text)
    }
    cancel.addEventListener('click', () => finish(null))
    const read = () => {
      if (context && video.videoWidth > 0) {
        // The middle square of the frame, where the person holds the code.
        const side = Math.min(video.videoWidth, video.videoHeight)
        canvas.width = Math.min(side, READ_SIZE)
        canvas.height = canvas.width
        const sx = (video.videoWidth - side) / 2
        const sy = (video.videoHeight - side) / 2
        context.drawImage(video, sx, sy, side, side, 0, 0, canvas.width, canvas.height)
        const image = context.getImageData(0, 0, canvas.width, canvas.height)
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })
        if (found?.data) return finish(found.data)
      }
      timer = setTimeout(read, 1000 / READS_PER_SECOND)
    }
    read()
  })
}

/** The full-screen camera view with its frame, hint and 取消, drawn over the page. */
function scannerOverlay() {
  const root = document.createElement('div')
  root.className = 'scanner'
  root.setAttribute('role', 'dialog')
  root.setAttribute('aria-modal', 'true')
  root.setAttribute('aria-label', t('desk.scan'))
  const video = document.createElement('video')
  video.className = 'scanner-video'
  video.muted = true
  video.playsInline = true
  video.setAttribute('playsinline', '')
  const frame = document.createElement('div')
  frame.className = 'scanner-frame'
  const hint = document.createElement('div')
  hint.className = 'scanner-hint'
  hint.textContent = t('scan.hint')
  const cancel = document.createElement('button')
  cancel.className = 'scanner-cancel'
  cancel.type = 'button'
  cancel.textContent = t('common.cancel')
  const canvas = document.createElement('canvas')
  root.append(video, frame, hint, cancel)
  document.body.append(root)
  cancel.focus()
  return { root, video, canvas, cancel }
}
