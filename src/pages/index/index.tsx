import { Button, Text, View } from '@tarojs/components'
import { usePullDownRefresh, useDidShow } from '@tarojs/taro'
import Taro from '@tarojs/taro'
import PersonCard from '@/components/PersonCard'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT } from '@/i18n'
import { HOTLINE } from '@/services/callbacks'
import { directoryApi } from '@/services/directory'
import { meApi, refreshMe } from '@/services/me'
import { publicityApi } from '@/services/publicity'
import { goTo } from '@/services/session'
import { useSession } from '@/stores/session'
import './index.scss'
import Tappable from '@/components/Tappable'

function AdviserSection() {
  const t = useT()
  const me = useSession((s) => s.me)
  const villageCode = me?.village?.code ?? null
  const adviser = useResource(villageCode && `adviser:${villageCode}`, meApi.adviser, { persist: true })

  if (!me) {
    return (
      <View className='card home-login'>
        <View className='muted'>{t('home.loginPrompt')}</View>
        <Button className='btn btn-primary home-cta' onClick={() => goTo('login')}>
          {t('home.login')}
        </Button>
      </View>
    )
  }
  if (me.role !== 'resident') {
    return (
      <View className='card'>
        <Button className='btn btn-primary home-cta' onClick={() => goTo('workbench')}>
          {t('home.toWorkbench')}
        </Button>
      </View>
    )
  }
  if (!villageCode) {
    return (
      <View className='card'>
        <View className='title'>{t('home.myAdviser')}</View>
        <View className='muted'>{t('home.pickVillageHint')}</View>
        <Button className='btn btn-primary home-cta' onClick={() => goTo('village')}>
          {t('home.pickVillage')}
        </Button>
      </View>
    )
  }
  return (
    <View className='card home-adviser'>
      <View className='home-adviser-head'>
        <Text className='title'>{t('home.myAdviser')}</Text>
        <Text className='muted home-village'>{me.village?.name}</Text>
      </View>
      <StateView resource={adviser} skeleton={{ rows: 2, rowHeight: 200 }} />
      {adviser.data && (
        <>
          <PersonCard person={adviser.data.adviser} />
          <Button className='btn btn-primary home-chat' onClick={() => goTo('chat')}>
            {t('chat.open')}
          </Button>
          {adviser.data.backup && (
            <View className='home-backup'>
              <PersonCard person={adviser.data.backup} label={t('home.backup')} />
            </View>
          )}
        </>
      )}
    </View>
  )
}

/** 本月普法: the month's article, a line of it, and the way to the others. At the page's end: it loads last. */
function MonthlySection() {
  const t = useT()
  const featured = useResource('publicity-featured', publicityApi.featured, { persist: true })
  const a = featured.data
  if (!a) return null
  return (
    <View className='card home-monthly'>
      <View className='title'>{t('home.monthly')}</View>
      <Tappable className='home-monthly-article' onTap={() => goTo('publicityArticle', { id: a.id })}>
        <View className='home-monthly-title'>{a.title}</View>
        <View className='muted'>{a.summary}</View>
      </Tappable>
      <Button className='btn btn-plain home-publicity' onClick={() => goTo('publicity')}>
        {t('home.morePublicity')}
      </Button>
    </View>
  )
}

export default function Home() {
  const t = useT()
  const catalog = useResource('catalog', directoryApi.catalog, { persist: true })
  const signedIn = useSession((s) => !!s.accessToken)

  // The village may have changed on another page or device: refresh who I am when shown.
  useDidShow(() => {
    void refreshMe()
  })
  usePullDownRefresh(() => {
    catalog.reload()
    void Taro.stopPullDownRefresh()
  })

  return (
    <Page className='home' title='app.name'>
      <View className='home-hero'>
        <View className='home-hero-name'>{t('app.name')}</View>
        <View className='home-hero-slogan'>{t('app.slogan')}</View>
      </View>
      <AdviserSection />
      <View className='card'>
        <View className='title'>{t('home.services')}</View>
        <StateView resource={catalog} empty={catalog.data?.items.length === 0} skeleton={{ rows: 4, rowHeight: 170 }} />
        <View className='home-services'>
          {catalog.data?.items.map((item) => (
            <Tappable key={item.code} className='home-service' onTap={() => goTo('serviceItem', { code: item.code })}>
              <View className='home-service-name'>{item.name}</View>
              <View className='muted home-service-summary'>{item.summary}</View>
            </Tappable>
          ))}
        </View>
      </View>
      <View className='card home-library'>
        <View className='title'>{t('home.libraryTitle')}</View>
        <View className='home-hotline-actions'>
          <Button className='btn btn-primary home-ask' onClick={() => goTo('ask')}>
            {t('home.ask')}
          </Button>
          <Button className='btn home-laws' onClick={() => goTo('library')}>
            {t('home.library')}
          </Button>
        </View>
        <Button className='btn btn-plain home-calculators' onClick={() => goTo('calculators')}>
          {t('home.calculators')}
        </Button>
      </View>
      <View className='card home-find'>
        <View className='title'>{t('home.findTitle')}</View>
        <View className='home-hotline-actions'>
          <Button className='btn home-institutions' onClick={() => goTo('institutions')}>
            {t('home.findInstitutions')}
          </Button>
          <Button className='btn home-people' onClick={() => goTo('practitioners')}>
            {t('home.findPeople')}
          </Button>
        </View>
      </View>
      <View className='card home-hotline'>
        <View className='title'>{t('home.call12348')}</View>
        <View className='home-hotline-actions'>
          <Button
            className='btn btn-primary home-dial'
            onClick={() => void Taro.makePhoneCall({ phoneNumber: HOTLINE }).catch(() => undefined)}
          >
            {t('home.dial12348')}
          </Button>
          <Button className='btn home-callback' onClick={() => goTo(signedIn ? 'callback' : 'login')}>
            {t('home.requestCallback')}
          </Button>
        </View>
      </View>
      <MonthlySection />
    </Page>
  )
}
