import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { prefersLargeText } from '@/platform/large-text'
import { taroStorage } from './taro-storage'

interface UiState {
  /** 长辈版 as chosen in 我的; null until chosen, then the system's large-text setting decides. */
  elderChoice: boolean | null
  setElder(on: boolean): void
}

export const useUi = create<UiState>()(
  persist(
    (set) => ({
      elderChoice: null,
      setElder: (on) => set({ elderChoice: on }),
    }),
    {
      name: 'pocket12348.ui',
      version: 1,
      storage: taroStorage,
    },
  ),
)

/** Elder mode in effect: the person's choice, else WeChat's large-text setting. */
export function useElderMode(): boolean {
  const choice = useUi((s) => s.elderChoice)
  return choice ?? prefersLargeText()
}
