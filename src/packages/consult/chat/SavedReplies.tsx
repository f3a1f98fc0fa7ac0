import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import Button from '@/components/Button'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT } from '@/i18n'
import { messageOf } from '@/services/api-error'
import { consultApi } from '@/services/consult'

/** 常用语: tap one to put it in the message; edit the list (add, remove) and save it. */
export default function SavedReplies({ onPick }: { onPick(text: string): void }) {
  const t = useT()
  const saved = useResource('saved-replies', consultApi.savedReplies)
  const [editing, setEditing] = useState<string[] | null>(null)
  const [draft, setDraft] = useState('')
  const items = editing ?? saved.data?.items ?? []

  const save = async () => {
    if (!editing) return
    try {
      await consultApi.saveReplies(editing)
      setEditing(null)
      saved.reload()
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' })
    }
  }

  return (
    <View className='chat-sheet chat-saved'>
      <View className='chat-sheet-head'>
        <Text className='title'>{t('chat.saved')}</Text>
        {editing ? (
          <Text className='chat-sheet-close chat-saved-save' onClick={() => void save()}>
            {t('chat.saved.save')}
          </Text>
        ) : (
          <Text className='chat-sheet-close chat-saved-edit' onClick={() => setEditing(items)}>
            {t('chat.saved.edit')}
          </Text>
        )}
      </View>
      <StateView resource={saved} />
      {items.map((text, i) => (
        <View key={`${i}-${text}`} className='chat-sheet-row chat-saved-row'>
          <Text onClick={() => !editing && onPick(text)}>{text}</Text>
          {editing && (
            <Text className='chat-saved-remove' onClick={() => setEditing(editing.filter((_, j) => j !== i))}>
              {t('chat.saved.remove')}
            </Text>
          )}
        </View>
      ))}
      {editing && (
        <View className='chat-saved-add'>
          <Input
            className='input'
            value={draft}
            maxlength={300}
            placeholder={t('chat.saved.placeholder')}
            onInput={(e) => setDraft(e.detail.value)}
          />
          <Button
            disabled={!draft.trim()}
            onClick={() => {
              setEditing([...editing, draft.trim()])
              setDraft('')
            }}
          >
            {t('chat.saved.add')}
          </Button>
        </View>
      )}
    </View>
  )
}
