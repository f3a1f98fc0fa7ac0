import type { PageName } from '@/pages'

/** What a shared page shows and where it opens. */
export interface ShareCard {
  title: string
  page: PageName
  params?: Record<string, string>
}

/** Gives the page its share card (weapp: WeChat's share sheet and menu; H5: nothing to give). */
export function useShareCard(card: ShareCard | null): void

/** The control that shares the page: weapp opens WeChat's share sheet; H5 copies the page's link. */
export function ShareButton(props: { className: string; label: string }): JSX.Element
