import type { Channel, ClientKind } from '@pocket/contract'

/** The channel a request from this build is numbered under (its digit in the unified number). */
export function channelOf(client: ClientKind): Channel {
  return client === 'weapp' ? 'miniprogram' : 'web'
}
