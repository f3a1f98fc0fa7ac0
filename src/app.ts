import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { applyDocumentLanguage } from '@/platform/document'
import { currentLocale } from '@/i18n'
import { socket } from '@/services/socket'
import { useSession } from '@/stores/session'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    const locale = currentLocale()
    applyDocumentLanguage(locale.lang, locale.dir)
    // A remembered sign-in reconnects the realtime socket at once, not when a page first needs it.
    if (useSession.getState().accessToken) socket.start()
  })
  return children
}

export default App
