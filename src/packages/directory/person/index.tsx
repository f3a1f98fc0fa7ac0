import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Button from '@/components/Button'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { DialButton } from '@/platform/place-actions'
import { complainAbout } from '@/services/complaints'
import { directoryApi } from '@/services/directory'
import { goTo } from '@/services/session'
import { DemoTag, Fact, Row } from '../Parts'
import { useT } from '../i18n'
import './index.scss'

/** 人员详情: licence, institution, what they do, in which languages, and their public credit record. */
export default function Person() {
  const t = useT()
  const id = useRouter().params.id ?? ''
  const person = useResource(`practitioner:${id}`, () => directoryApi.person(id), { persist: true })
  const p = person.data
  const institutionId = p?.institution?.id ?? null
  const institution = useResource(institutionId && `institution:${institutionId}`, () =>
    directoryApi.institution(institutionId ?? ''),
  )
  return (
    <Page className='person' title='directory.personTitle'>
      <StateView resource={person} />
      {p && (
        <>
          <View className='card'>
            <View className='title person-name'>
              {p.name}
              <DemoTag shown={p.isDemo} />
            </View>
            <View className='muted'>{p.title}</View>
            <Fact label={t('directory.status')} className={`person-status person-status-${p.practiceStatus}`}>
              {t(`directory.status.${p.practiceStatus}`)}
            </Fact>
            <Fact label={t('directory.licence')} className='person-licence'>
              {p.licenceNo ?? t('directory.noLicence')}
            </Fact>
            {p.specialties.length > 0 && (
              <Fact label={t('directory.specialties')} className='person-specialties'>
                {p.specialties.join('、')}
              </Fact>
            )}
            <Fact label={t('directory.languages')} className='person-languages'>
              {p.languages.map((l) => t(`directory.language.${l}`)).join('、')}
            </Fact>
          </View>
          {p.institution && (
            <View className='card'>
              <View className='title'>{t('directory.institution')}</View>
              <Row className='person-institution' onTap={() => goTo('institution', { id: p.institution!.id })}>
                <View className='dir-name'>{p.institution.name}</View>
              </Row>
              {institution.data && (
                <View className='dir-actions'>
                  <DialButton
                    phone={institution.data.phone}
                    className='person-call'
                    label={t('directory.call', { phone: institution.data.phone })}
                  />
                </View>
              )}
            </View>
          )}
          <View className='card person-credit'>
            <View className='title'>{t('directory.credit')}</View>
            {p.credit.length === 0 && <View className='muted'>{t('directory.creditNone')}</View>}
            {p.credit.map((c) => (
              <View key={`${c.date}-${c.title}`} className={`person-credit-row person-credit-${c.kind}`}>
                <View>
                  <View className={`dir-tag person-credit-kind-${c.kind}`}>{t(`directory.credit.${c.kind}`)}</View>
                  {c.title}
                </View>
                <View className='muted'>{t('directory.creditIssuer', { date: c.date, issuer: c.issuer })}</View>
              </View>
            ))}
            <View className='muted person-credit-note'>{t('directory.creditNote')}</View>
          </View>
          <Button variant='plain' className='person-complain' onClick={() => complainAbout('practitioner', p.id)}>
            {t('directory.complainPerson')}
          </Button>
        </>
      )}
    </Page>
  )
}
