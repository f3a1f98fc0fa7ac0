// react-dom for the Preact build: Taro's runtime mounts pages with React 18's createRoot, which
// preact/compat keeps in preact/compat/client; everything else is preact/compat itself.
import compat from 'preact/compat'
import { createRoot, hydrateRoot } from 'preact/compat/client'

export * from 'preact/compat'
export { createRoot, hydrateRoot }
export default { ...compat, createRoot, hydrateRoot }
