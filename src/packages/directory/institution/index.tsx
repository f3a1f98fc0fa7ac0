import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Button from '@/components/Button'
import Page from '@/components/Page'
import Stars from '@/components/Stars'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { DialButton, MapButton } from '@/platform/place-actions'
import { complainAbout } from '@/services/complaints'
import { directoryApi } from '@/services/directory'
import { goTo } from '@/services/session'
import { DemoTag, Fact, Row } from '../Parts'
import { useT } from '../i18n'
import './index.scss'

/** 机构详情: hours, a call, the way there, what it does, how people rated it, and its people. */
export default function Institution() {
  const t = useT()
  const id = useRouter().params.id ?? ''
  const inst = useResource(`institution:${id}`, () => directoryApi.institution(id), { persist: true })
  const rating = useResource(`institution-rating:${id}`, () => directoryApi.rating(id))
  const people = useResource(`institution-people:${id}`, () => directoryApi.people({ institution: id }))
  const i = inst.data
  return (
    <Page className='institution' title='directory.institutionTitle'>
      <StateView resource={inst} />
      {i && (
        <>
          <View className='card'>
            <View className='title institution-name'>
              {i.name}
              <DemoTag shown={i.isDemo} />
            </View>
            <View className='muted'>{t(`directory.institutionKind.${i.kind}`)}</View>
            <Fact label={t('directory.hours')} className='institution-hours'>
              {i.hours}
            </Fact>
            <Fact label={t('directory.address')} className='institution-address'>
              {i.address}
            </Fact>
            <View className='dir-actions'>
              <DialButton
                phone={i.phone}
                className='institution-call'
                label={t('directory.call', { phone: i.phone })}
              />
              <MapButton
                place={{ lat: i.location.lat, lng: i.location.lng, name: i.name, address: i.address }}
                className='institution-navigate'
                label={t('directory.navigate')}
              />
            </View>
          </View>
          <View className='card'>
            <View className='title'>{t('directory.services')}</View>
            <View className='institution-services'>
              {i.services.map((s) => (
                <Text key={s} className='dir-tag institution-service'>
                  {t(`directory.serviceName.${s}`)}
                </Text>
              ))}
            </View>
          </View>
          {/* Both at once, so the page does not shift twice as they arrive. */}
          {rating.data && people.data && (
            <>
              <View className='card institution-rating'>
                <View className='title'>{t('directory.rating')}</View>
                {rating.data.average !== null ? (
                  <>
                    <Stars score={Math.round(rating.data.average)} />
                    <View className='muted'>
                      {t('directory.ratingValue', {
                        average: rating.data.average.toFixed(1),
                        count: rating.data.count,
                      })}
                    </View>
                  </>
                ) : (
                  <View className='muted'>{t('directory.noRatings')}</View>
                )}
              </View>
              {people.data.items.length > 0 && (
                <View className='card'>
                  <View className='title'>{t('directory.peopleHere')}</View>
                  {people.data.items.map((p) => (
                    <Row key={p.id} className='institution-person' onTap={() => goTo('practitioner', { id: p.id })}>
                      <View className='dir-name'>{p.name}</View>
                      <View className='muted'>{p.title}</View>
                    </Row>
                  ))}
                </View>
              )}
            </>
          )}
          <Button variant='plain' className='institution-find-people' onClick={() => goTo('practitioners')}>
            {t('directory.findPeople')}
          </Button>
          <Button variant='plain' className='institution-complain' onClick={() => complainAbout('institution', i.id)}>
            {t('directory.complainInstitution')}
          </Button>
        </>
      )}
    </Page>
  )
}
