import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Button from '@/components/Button'
import InfoRow from '@/components/InfoRow'
import Page from '@/components/Page'
import Sensitive, { lockable } from '@/components/Sensitive'
import PhotoGrid from '@/components/PhotoGrid'
import RequestCode from '@/components/RequestCode'
import StateView from '@/components/StateView'
import Timeline from '@/components/Timeline'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { complainAbout } from '@/services/complaints'
import { legalAidApi } from '@/services/legal-aid'
import './index.scss'

/** A legal aid application as its applicant follows it: number, where it is, what was sent, each step. */
function LegalAidApplicationPage() {
  const t = useT()
  const number = useRouter().params.number ?? ''
  // Not persisted: its file links expire, and an old copy would show broken photos.
  const application = useResource(`legal-aid:${number}`, () => legalAidApi.get(number))
  useOnReturn(application.reload)
  const a = application.data

  return (
    <Page className='application' title='aid.detailTitle'>
      <Sensitive>
        <StateView resource={application} />
        {a && (
          <>
            <View className='card application-head'>
              <View className='title'>{t('requests.kind.legal_aid')}</View>
              <Text className={`application-status application-status-${a.status}`}>{t(`status.${a.status}`)}</Text>
            </View>
            <RequestCode number={a.number} name='application' />
            {a.reason && (
              <View className='card application-reason' role='alert'>
                <View className='title'>{t('aid.reason')}</View>
                <Text>{a.reason}</Text>
              </View>
            )}
            {a.assignee && (
              <View className='card'>
                <InfoRow label={t('aid.assignee')}>
                  <Text className='application-assignee'>{a.assignee}</Text>
                </InfoRow>
              </View>
            )}
            <View className='card'>
              <InfoRow label={t('aid.office')}>
                <Text>
                  {a.institution.name}
                  {'\n'}
                  {a.institution.phone}
                </Text>
              </InfoRow>
              <InfoRow label={t('aid.name')}>
                <Text>{a.applicantName}</Text>
              </InfoRow>
              <InfoRow label={t('aid.idNumber')}>
                <Text className='application-id'>{a.idNumberMasked}</Text>
              </InfoRow>
              <InfoRow label={t('aid.case')}>
                <Text>{t(`aid.caseType.${a.caseType}`)}</Text>
              </InfoRow>
              <InfoRow label={t('aid.summary')}>
                <Text>{a.summary}</Text>
              </InfoRow>
              <InfoRow label={t('aid.hardship')}>
                <Text>
                  {t(`aid.hardshipBasis.${a.hardship.basis}`)}
                  {a.hardship.note ? `\n${a.hardship.note}` : ''}
                </Text>
              </InfoRow>
              <InfoRow label={t('aid.submittedAt')}>
                <Text>{formatDateTime(Date.parse(a.createdAt))}</Text>
              </InfoRow>
            </View>
            {a.attachments.length > 0 && (
              <View className='card application-attachments'>
                <View className='title'>{t('aid.attachments')}</View>
                <PhotoGrid files={a.attachments} />
              </View>
            )}
            <View className='card'>
              <View className='title'>{t('appointment.progress')}</View>
              <Timeline steps={a.timeline} />
            </View>
            <Button variant='plain' className='request-complain' onClick={() => complainAbout('request', a.number)}>
              {t('requests.complain')}
            </Button>
          </>
        )}
      </Sensitive>
    </Page>
  )
}

export default lockable(LegalAidApplicationPage)
