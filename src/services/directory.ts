import type { CatalogList, RegionList } from '@pocket/contract'
import { request } from './request'

export const directoryApi = {
  regions: (parent?: string) => request<RegionList>('GET', '/regions', { query: { parent }, auth: false }),
  catalog: () => request<CatalogList>('GET', '/catalog/items', { auth: false }),
}
