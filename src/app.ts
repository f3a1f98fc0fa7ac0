import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { currentLocale, t, useLocale } from '@/i18n'
import { applyDocumentLanguage } from '@/platform/document'
import { labelNavigationBar } from '@/platform/nav-bar'
import { PAGE } from '@/pages'
import { calls } from '@/services/calls'
import { outbox } from '@/services/consult'
import { refreshMe } from '@/services/me'
import { goTo } from '@/services/session'
import { socket } from '@/services/socket'
import { useCall } from '@/stores/call'
import { useSession } from '@/stores/session'
import './app.scss'

/** Whether this page is the one in front. */
function showing(page: string): boolean {
  const pages = Taro.getCurrentPages()
  return (pages[pages.length - 1]?.route ?? '').split('?')[0].replace(/^\//, '') === page.slice(1)
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    const apply = () => {
      applyDocumentLanguage(currentLocale().lang, currentLocale().dir)
      labelNavigationBar({ back: t('nav.back'), home: t('nav.home') })
    }
    apply()
    useLocale.subscribe(apply)
    // A remembered sign-in reconnects the realtime socket at once, not when a page first needs it.
    if (useSession.getState().accessToken) {
      socket.start()
      // Who the person is, read afresh: a village chosen on another phone shows here too.
      void refreshMe()
    }
    // Messages written offline, even before a restart, go out as soon as the socket is open.
    outbox.start()
    // A call can ring whatever page is open: its screen comes to the front, unless it is there already.
    calls.start()
    useCall.subscribe((s, before) => {
      if (s.wanted !== before.wanted && !showing(PAGE.call)) goTo('call')
    })
  })
  return children
}

export default App
