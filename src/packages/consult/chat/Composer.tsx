import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { MESSAGE_TEXT_MAX } from '@pocket/contract/constants'
import Button from '@/components/Button'
import { useT } from '@/i18n'
import { compressImage } from '@/platform/compress-image'
import type { Draft } from '@/stores/consult'
import EmojiPanel from './EmojiPanel'
import HoldToTalk from './HoldToTalk'
import RequestPicker from './RequestPicker'
import HandoverSheet from './HandoverSheet'
import SavedReplies from './SavedReplies'
import { named } from '@/components/a11y'
import Tappable from '@/components/Tappable'

/**
 * The line under the chat: text (with emoji), or 按住说话 for a voice note; 「+」 for a photo
 * and, for a resident, one of their requests as a card or a 视频咨询 to book.
 */
export default function Composer({
  isAdviser,
  onSend,
  onBookVideo,
  initialText = '',
}: {
  /** Advisers get 常用语; residents can share one of their requests as a card. */
  isAdviser: boolean
  onSend(d: Draft): void
  /** Residents: book a 视频咨询 with this adviser (absent when the adviser has no institution to book at). */
  onBookVideo?: () => void
  /** What the box starts with: a question carried from 智能咨询, for the resident to send or change. */
  initialText?: string
}) {
  const t = useT()
  const [text, setText] = useState(initialText)
  const [mode, setMode] = useState<'text' | 'voice'>('text')
  const [panel, setPanel] = useState<'none' | 'emoji' | 'more' | 'requests' | 'saved' | 'booking' | 'legal_aid'>('none')
  const toggle = (p: typeof panel) => setPanel(panel === p ? 'none' : p)

  const sendText = () => {
    const body = text.trim()
    if (!body) return
    onSend({ kind: 'text', text: body })
    setText('')
  }

  const sendPhotos = async () => {
    setPanel('none')
    const picked = await Taro.chooseImage({ count: 9, sizeType: ['compressed'] }).catch(() => null)
    for (const path of picked?.tempFilePaths ?? []) {
      const small = await compressImage(path)
      const info = await Taro.getImageInfo({ src: small }).catch(() => null)
      onSend({ kind: 'image', path: small, width: info?.width || 1, height: info?.height || 1 })
    }
  }

  return (
    <View className='chat-composer'>
      <View className='chat-compose'>
        <Tappable
          className={`chat-tool chat-icon-${mode === 'text' ? 'mic' : 'keyboard'}`}
          label={mode === 'text' ? t('chat.voice.switch') : t('chat.keyboard')}
          onTap={() => {
            setMode(mode === 'text' ? 'voice' : 'text')
            setPanel('none')
          }}
        />
        {mode === 'voice' ? (
          <HoldToTalk onClip={(clip) => onSend({ kind: 'voice', ...clip })} />
        ) : (
          <Textarea
            className='input chat-input'
            value={text}
            maxlength={MESSAGE_TEXT_MAX}
            autoHeight
            placeholder={t(isAdviser ? 'chat.placeholderAdviser' : 'chat.placeholder')}
            {...named(t(isAdviser ? 'chat.placeholderAdviser' : 'chat.placeholder'))}
            onFocus={() => setPanel('none')}
            onInput={(e) => setText(e.detail.value)}
          />
        )}
        <Tappable className='chat-tool chat-icon-smile' label={t('chat.emoji')} onTap={() => toggle('emoji')} />
        {mode === 'text' && text.trim() ? (
          <Button className='chat-send' onClick={sendText}>
            {t('chat.send')}
          </Button>
        ) : (
          <Tappable className='chat-tool chat-icon-plus' label={t('chat.more')} onTap={() => toggle('more')} />
        )}
      </View>
      {panel === 'emoji' && <EmojiPanel onPick={(e) => setText((s) => s + e)} />}
      {panel === 'more' && (
        <View className='chat-more'>
          <Tappable className='chat-more-item chat-more-photo' onTap={() => void sendPhotos()}>
            <Text className='chat-more-icon'>🖼</Text>
            <Text>{t('chat.photo')}</Text>
          </Tappable>
          {isAdviser ? (
            <>
              <Tappable className='chat-more-item chat-more-saved' onTap={() => setPanel('saved')}>
                <Text className='chat-more-icon'>💬</Text>
                <Text>{t('chat.saved')}</Text>
              </Tappable>
              <Tappable className='chat-more-item chat-more-booking' onTap={() => setPanel('booking')}>
                <Text className='chat-more-icon'>📅</Text>
                <Text>{t('chat.handover.booking')}</Text>
              </Tappable>
              <Tappable className='chat-more-item chat-more-aid' onTap={() => setPanel('legal_aid')}>
                <Text className='chat-more-icon'>⚖</Text>
                <Text>{t('chat.handover.legalAid')}</Text>
              </Tappable>
            </>
          ) : (
            <>
              <Tappable className='chat-more-item chat-more-request' onTap={() => setPanel('requests')}>
                <Text className='chat-more-icon'>📋</Text>
                <Text>{t('chat.card.request')}</Text>
              </Tappable>
              {onBookVideo && (
                <Tappable className='chat-more-item chat-more-video' onTap={onBookVideo}>
                  <Text className='chat-more-icon'>📹</Text>
                  <Text>{t('chat.bookVideo')}</Text>
                </Tappable>
              )}
            </>
          )}
        </View>
      )}
      {panel === 'saved' && (
        <SavedReplies
          onPick={(reply) => {
            setMode('text')
            setText(reply)
            setPanel('none')
          }}
        />
      )}
      {(panel === 'booking' || panel === 'legal_aid') && (
        <HandoverSheet
          target={panel}
          onClose={() => setPanel('none')}
          onSend={(d) => {
            setPanel('none')
            onSend(d)
          }}
        />
      )}
      {panel === 'requests' && (
        <RequestPicker
          onClose={() => setPanel('none')}
          onPick={(r) => {
            setPanel('none')
            onSend({ kind: 'card', requestNumber: r.number, title: r.title })
          }}
        />
      )}
    </View>
  )
}
