import { Button, View } from '@tarojs/components'
import { t } from '@/i18n'
import { messageOf } from '@/services/api-error'
import './StateView.scss'

interface Props {
  loading?: boolean
  error?: unknown
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
}

/** Loading, error (with retry) and empty states, the same everywhere. */
export default function StateView({ loading, error, empty, emptyText, onRetry }: Props) {
  if (loading) return <View className='state state-loading'>{t('common.loading')}</View>
  if (error) {
    return (
      <View className='state state-error' role='alert'>
        <View className='error-text'>{messageOf(error)}</View>
        {onRetry && (
          <Button className='btn btn-plain state-retry' onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </View>
    )
  }
  if (empty) return <View className='state state-empty muted'>{emptyText ?? t('common.empty')}</View>
  return null
}
