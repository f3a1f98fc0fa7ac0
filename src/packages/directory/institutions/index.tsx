import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { InstitutionKind, InstitutionsQuery } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Choice from '@/components/Choice'
import Page from '@/components/Page'
import SearchBox from '@/components/SearchBox'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useSearchText } from '@/hooks/useSearchText'
import { formatDistance } from '@/i18n/format'
import { currentPosition } from '@/platform/location'
import { directoryApi } from '@/services/directory'
import { goTo } from '@/services/session'
import { useSession } from '@/stores/session'
import { DemoTag, Row } from '../Parts'
import { useT } from '../i18n'
import './index.scss'

const KINDS = [
  'all',
  'notary_office',
  'law_firm',
  'legal_aid_center',
  'mediation_committee',
  'pls_center',
  'workstation',
  'appraisal_institute',
] as const
const SERVICES = [
  'all',
  'consultation',
  'legal_aid',
  'notarization',
  'mediation',
  'appraisal',
  'representation',
] as const
const SCOPES = ['county', 'province'] as const

/** 找服务机构: by kind, service and words; the person's own place first, or the nearest when they allow it. */
export default function Institutions() {
  const t = useT()
  const params = useRouter().params as { kind?: InstitutionKind }
  const village = useSession((s) => s.me?.village?.code ?? null)
  const search = useSearchText()
  const [kind, setKind] = useState<(typeof KINDS)[number]>(params.kind ?? 'all')
  const [service, setService] = useState<(typeof SERVICES)[number]>('all')
  const [scope, setScope] = useState<(typeof SCOPES)[number]>('province')
  const [position, setPosition] = useState<{ lat: number; lng: number } | null>(null)
  const query: InstitutionsQuery = {
    kind: kind === 'all' ? undefined : kind,
    service: service === 'all' ? undefined : service,
    q: search.q || undefined,
    near: village ?? undefined,
    region: village && scope === 'county' ? village.slice(0, 6) : undefined,
    ...(position ?? {}),
  }
  const list = useResource(`institutions:${JSON.stringify(query)}`, () => directoryApi.institutions(query))
  const nearest = async () => {
    const here = await currentPosition()
    if (here) setPosition(here)
    else void Taro.showToast({ title: t('directory.noLocation'), icon: 'none' })
  }
  return (
    <Page className='institutions' title='directory.institutionsTitle'>
      <View className='card'>
        <SearchBox
          search={search}
          className='institutions-search'
          placeholder={t('directory.searchInstitutions')}
          maxlength={formRules.institutions.q.max}
        />
        <Choice
          label={t('directory.kind')}
          className='institutions-kind'
          options={KINDS}
          value={kind}
          onChange={setKind}
          text={(k) => (k === 'all' ? t('directory.allKinds') : t(`directory.institutionKind.${k}`))}
        />
        <Choice
          label={t('directory.service')}
          className='institutions-service'
          options={SERVICES}
          value={service}
          onChange={setService}
          text={(s) => (s === 'all' ? t('directory.allServices') : t(`directory.serviceName.${s}`))}
        />
        {village && (
          <Choice
            label={t('directory.scope')}
            className='institutions-scope'
            options={SCOPES}
            value={scope}
            onChange={setScope}
            text={(s) => t(`directory.scope.${s}`)}
          />
        )}
        <Button variant='plain' className='institutions-nearest' disabled={!!position} onClick={() => void nearest()}>
          {t('directory.nearest')}
        </Button>
      </View>
      <StateView resource={list} empty={list.data?.items.length === 0} emptyText={t('directory.none')} />
      {list.data?.items.map((i) => (
        <Row
          key={i.id}
          className={`institutions-row institutions-${i.id}`}
          onTap={() => goTo('institution', { id: i.id })}
        >
          <View className='dir-name'>
            {i.name}
            <DemoTag shown={i.isDemo} />
          </View>
          <View className='muted'>
            {i.distance !== null && `${formatDistance(i.distance)} · `}
            {t(`directory.institutionKind.${i.kind}`)}
          </View>
          <View className='muted'>{i.address}</View>
        </Row>
      ))}
    </Page>
  )
}
