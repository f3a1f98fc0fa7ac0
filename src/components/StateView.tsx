import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Resource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { messageOf, needsSignIn } from '@/services/api-error'
import { goTo } from '@/services/session'
import './StateView.scss'

interface Props {
  /** A loaded resource: its loading, error and saved-copy states, shown the same way everywhere. */
  resource?: Resource<unknown>
  loading?: boolean
  error?: unknown
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
  /**
   * While loading, grey blocks in the shape of what is coming (rows of this height in design px)
   * instead of a line of text: the content takes their place without pushing the page about.
   */
  skeleton?: { rows: number; rowHeight: number }
}

/**
 * Loading, error (with retry) and empty states, the same everywhere. With `resource`, data on
 * screen wins: a failed refresh over data already shown is a one-line notice, not an error page.
 */
export default function StateView({ resource, loading, error, empty, emptyText, onRetry, skeleton }: Props) {
  const t = useT()
  const retry = onRetry ?? resource?.reload
  const emptyView = <View className='state state-empty muted'>{emptyText ?? t('common.empty')}</View>
  if (resource) {
    if (resource.data !== null) {
      // Loaded: an empty list says so (it used to show nothing at all).
      if (!resource.error) return empty ? emptyView : null
      const text =
        resource.savedAt === null
          ? t('common.staleData')
          : t('common.savedCopy', { time: formatDateTime(resource.savedAt) })
      return (
        <View className='state-stale' role='status'>
          <View className='state-stale-text'>{text}</View>
          {retry && (
            <Button className='btn btn-plain state-stale-retry' onClick={retry}>
              {t('common.retry')}
            </Button>
          )}
        </View>
      )
    }
    loading = resource.loading
    error = resource.error
  }
  if (loading && skeleton)
    return (
      <View className='state-loading skeleton' role='status' aria-label={t('common.loading')}>
        {Array.from({ length: skeleton.rows }, (_, i) => (
          <View key={i} className='skeleton-row' style={{ height: Taro.pxTransform(skeleton.rowHeight) }} />
        ))}
      </View>
    )
  if (loading) return <View className='state state-loading'>{t('common.loading')}</View>
  if (error) {
    return (
      <View className='state state-error' role='alert'>
        <View className='error-text'>{messageOf(error)}</View>
        {needsSignIn(error) ? (
          <Button className='btn btn-primary state-sign-in' onClick={() => goTo('login')}>
            {t('common.signIn')}
          </Button>
        ) : (
          retry && (
            <Button className='btn btn-plain state-retry' onClick={retry}>
              {t('common.retry')}
            </Button>
          )
        )}
      </View>
    )
  }
  return empty ? emptyView : null
}
