import { View } from '@tarojs/components'
import { useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { authApi } from '@/services/auth'
import { completeSignIn } from '@/services/session'
import { wechatLoginAvailable } from '@/platform/wechat-login'
import { useSession } from '@/stores/session'
import Button from './Button'
import './WechatPhoneOffer.scss'

/**
 * 使用微信手机号: in the mini-program, for a person signed in with WeChat but no phone, WeChat's
 * verified number in one tap instead of typing it and waiting for an SMS code. It signs in with
 * WeChat again, with the phone, as 微信一键登录 does: the account keeps the phone (or joins the
 * account that already had it), and the form then uses it like any signed-in phone.
 */
export default function WechatPhoneOffer({ className = '' }: { className?: string }) {
  const t = useT()
  const hasPhone = useSession((s) => !!s.me?.phoneMasked)
  const { run, busy, error } = useSubmit()
  if (!wechatLoginAvailable || hasPhone) return null

  const use = async (phoneCode: string | undefined) => {
    // Declined: the person types a number instead.
    if (!phoneCode) return
    await run(async () => completeSignIn(await authApi.wechat(phoneCode)))
  }
  return (
    <View className={`wechat-phone ${className}`}>
      <Button
        variant='plain'
        className='wechat-phone-use'
        openType='getPhoneNumber'
        busy={busy}
        onGetPhoneNumber={(e) => void use(e.detail.code || undefined)}
      >
        {t('phone.useWechat')}
      </Button>
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
    </View>
  )
}
