import Taro from '@tarojs/taro'

export function onNetworkChange(callback: (online: boolean) => void): () => void {
  const listener = (res: { isConnected: boolean }) => callback(res.isConnected)
  Taro.onNetworkStatusChange(listener)
  return () => Taro.offNetworkStatusChange(listener)
}
