import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Region } from '@pocket/contract'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { directoryApi } from '@/services/directory'
import { meApi } from '@/services/me'
import { goTo } from '@/services/session'
import { useSession } from '@/stores/session'
import './index.scss'
import Tappable from '@/components/Tappable'

/** Region cascader: province → city → county → town → village, one level per screen. */
export default function VillagePicker() {
  const t = useT()
  const [trail, setTrail] = useState<Region[]>([])
  const { run, busy: saving, error, setError } = useSubmit()
  const setMe = useSession((s) => s.setMe)
  const parent = trail[trail.length - 1]?.code
  const list = useResource(`regions:${parent ?? ''}`, () => directoryApi.regions(parent))

  const choose = async (region: Region) => {
    setError('')
    if (region.level !== 'village') {
      if (region.hasChildren) setTrail([...trail, region])
      return
    }
    await run(async () => {
      setMe(await meApi.setVillage(region.code))
      void Taro.showToast({ title: t('village.saved', { name: region.name }), icon: 'none' })
      void Taro.navigateBack().catch(() => goTo('home'))
    })
  }

  return (
    <Page className='village' title='village.title'>
      <View className='village-trail'>
        <Tappable inline className='village-crumb' onTap={() => setTrail([])}>
          {t('village.all')}
        </Tappable>
        {trail.map((r, i) => (
          <Tappable inline key={r.code} className='village-crumb' onTap={() => setTrail(trail.slice(0, i + 1))}>
            {' / '}
            {r.name}
          </Tappable>
        ))}
      </View>
      {saving && <View className='muted'>{t('village.saving')}</View>}
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={list.data?.items.length === 0}
      />
      {!list.loading && !list.error && (
        <View className='card village-list'>
          {list.data?.items.map((r) => (
            <Tappable
              key={r.code}
              className={`village-item ${r.level === 'village' || r.hasChildren ? '' : 'village-item-disabled'}`}
              onTap={() => void choose(r)}
            >
              <Text>{r.name}</Text>
              {r.level !== 'village' &&
                (r.hasChildren ? <Text className='chevron' /> : <Text className='muted'>{t('village.noData')}</Text>)}
            </Tappable>
          ))}
        </View>
      )}
    </Page>
  )
}
