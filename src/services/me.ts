import type { Me, MyAdviser, WorkbenchSummary } from '@pocket/contract'
import { request } from './request'

export const meApi = {
  get: () => request<Me>('GET', '/me'),
  setVillage: (villageCode: string) => request<Me>('PUT', '/me/village', { body: { villageCode } }),
  adviser: () => request<MyAdviser>('GET', '/me/adviser'),
  workbench: () => request<WorkbenchSummary>('GET', '/workbench/summary'),
}
