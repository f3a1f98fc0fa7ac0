import Taro from '@tarojs/taro'
import { act } from '@testing-library/react'
import { useSession } from '@/stores/session'
import { useLocale } from '@/i18n'
import { useUi } from '@/stores/ui'

export interface FakeReply {
  status: number
  body?: unknown
}

export type Route = (url: string, method: string, body: unknown) => FakeReply | Error

/**
 * Replaces the network under the one request layer: each Taro.request is answered by
 * `route`; an Error stands for a failed connection. Returns the log of calls.
 */
export function fakeNetwork(route: Route): { calls: { url: string; method: string; body: unknown }[] } {
  const calls: { url: string; method: string; body: unknown }[] = []
  jest.spyOn(Taro, 'request').mockImplementation(((opts: { url: string; method?: string; data?: string }) => {
    const body = opts.data ? (JSON.parse(opts.data) as unknown) : undefined
    const method = opts.method ?? 'GET'
    calls.push({ url: opts.url, method, body })
    const reply = route(opts.url, method, body)
    // Taro rejects with a plain { errMsg } object, not an Error; the fake must too.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    if (reply instanceof Error) return Promise.reject({ errMsg: `request:fail ${reply.message}` })
    return Promise.resolve({
      statusCode: reply.status,
      data: reply.body,
      header: {},
      cookies: [],
      errMsg: 'request:ok',
    })
  }) as never)
  return { calls }
}

const initialSession = useSession.getState()
const initialUi = useUi.getState()

export function resetStores(): void {
  act(() => {
    useSession.setState(initialSession, true)
    useUi.setState(initialUi, true)
    useLocale.setState({ lang: 'zh-CN' })
  })
  Taro.clearStorageSync()
}

export function path(url: string): string {
  return url.replace('http://bff.test/api/v1', '')
}

/** Types into a Taro field (the element carrying the field's class, or the textarea itself). */
export function typeInto(el: Element, value: string) {
  // Taro's H5 Input (a web component) reports typing as an `input` CustomEvent with `detail.value`.
  const inner = el.querySelector('input')
  if (inner) inner.value = value
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}
