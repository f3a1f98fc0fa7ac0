import { Text, View } from '@tarojs/components'
import type { SnippetPart } from '@pocket/contract'

/** A search result's excerpt: the words searched for marked, the rest as the text says it. */
export default function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <View className='lib-snippet'>
      {parts.map((p, i) =>
        p.hit ? (
          <Text key={i} className='lib-hit'>
            {p.text}
          </Text>
        ) : (
          <Text key={i}>{p.text}</Text>
        ),
      )}
    </View>
  )
}
