import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { starterReplies, useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { consultApi } from '@/services/consult'
import Tappable from '@/components/Tappable'

/** 常用语: tap one to put it in the message; edit the list (add, remove) and save it. */
export default function SavedReplies({ onPick }: { onPick(text: string): void }) {
  const t = useT()
  const saved = useResource('saved-replies', consultApi.savedReplies)
  const [editing, setEditing] = useState<string[] | null>(null)
  const [draft, setDraft] = useState('')
  const items = editing ?? (saved.data ? (saved.data.items ?? starterReplies()) : [])

  // A sheet over the chat, with no error line of its own: a refusal is said in a toast.
  const { run } = useSubmit({ toast: true })
  const save = async () => {
    if (!editing) return
    await run(async () => {
      await consultApi.saveReplies(editing)
      setEditing(null)
      saved.reload()
    })
  }

  return (
    <View className='chat-sheet chat-saved'>
      <View className='chat-sheet-head'>
        <Text className='title'>{t('chat.saved')}</Text>
        {editing ? (
          <Tappable inline className='chat-sheet-close chat-saved-save' onTap={() => void save()}>
            {t('chat.saved.save')}
          </Tappable>
        ) : (
          <Tappable inline className='chat-sheet-close chat-saved-edit' onTap={() => setEditing(items)}>
            {t('chat.saved.edit')}
          </Tappable>
        )}
      </View>
      <StateView resource={saved} />
      {items.map((text, i) => (
        <View key={`${i}-${text}`} className='chat-sheet-row chat-saved-row'>
          <Tappable inline onTap={() => !editing && onPick(text)}>
            {text}
          </Tappable>
          {editing && (
            <Tappable inline className='chat-saved-remove' onTap={() => setEditing(editing.filter((_, j) => j !== i))}>
              {t('chat.saved.remove')}
            </Tappable>
          )}
        </View>
      ))}
      {editing && (
        <View className='chat-saved-add'>
          <Input
            className='input'
            value={draft}
            maxlength={formRules.saveReplies.items.item.max}
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
