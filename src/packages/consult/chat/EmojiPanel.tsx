import { View } from '@tarojs/components'

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
        <View key={e} className='chat-emoji-item' onClick={() => onPick(e)}>
          {e}
        </View>
      ))}
    </View>
  )
}
