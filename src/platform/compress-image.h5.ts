const LONGEST_SIDE = 1600
const QUALITY = 0.7

function load(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('image did not load'))
    img.src = src
  })
}

// A browser has no compressImage: the photo is drawn smaller on a canvas and saved as JPEG.
export async function compressImage(path: string): Promise<string> {
  try {
    const [img, original] = await Promise.all([load(path), fetch(path).then((r) => r.blob())])
    const scale = Math.min(1, LONGEST_SIDE / Math.max(img.naturalWidth, img.naturalHeight))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(img.naturalWidth * scale)
    canvas.height = Math.round(img.naturalHeight * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) return path
    ctx.fillStyle = '#fff' // a transparent PNG gets a white page, not a black one
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    const smaller = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY))
    return smaller && smaller.size < original.size ? URL.createObjectURL(smaller) : path
  } catch {
    return path
  }
}
