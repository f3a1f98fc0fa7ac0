import { View } from '@tarojs/components'
import Tappable from '@/components/Tappable'

/** Emoji people use with an adviser, typed into the text like any character. */
const EMOJI = [
  '😀',
  '😂',
  '😊',
  '😍',
  '🤔',
  '😮',
  '😢',
  '😭',
  '😡',
  '😓',
  '👍',
  '👎',
  '🙏',
  '👌',
  '💪',
  '🤝',
  '👏',
  '❤️',
  '🌹',
  '🎉',
  '☕',
  '🍵',
  '☀️',
  '🌙',
  '🌧️',
  '✅',
  '❌',
  '❓',
  '❗',
  '📄',
  '📷',
  '📞',
]

export default function EmojiPanel({ onPick }: { onPick(emoji: string): void }) {
  return (
    <View className='chat-emoji'>
      {EMOJI.map((e) => (
        <Tappable key={e} className='chat-emoji-item' onTap={() => onPick(e)}>
          {e}
        </Tappable>
      ))}
    </View>
  )
}
