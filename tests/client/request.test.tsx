import type { Me } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { messageOf } from '@/services/api-error'
import { api, upload } from '@/services/request'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores } from './harness'

const me: Me = {
  id: 'a1',
  role: 'resident',
  displayName: '居民',
  phoneMasked: null,
  village: null,
  person: null,
  discreetNotices: false,
}

describe('the one request layer', () => {
  beforeEach(() => resetStores())
  afterEach(() => jest.restoreAllMocks())

  it('refreshes an expired access token once for concurrent requests, then retries them', async () => {
    useSession.setState({ accessToken: 'old', refreshToken: 'r1', me })
    let refreshes = 0
    const seen: string[] = []
    fakeNetwork((url, method, body) => {
      if (path(url) === '/auth/refresh') {
        refreshes++
        expect(body).toEqual({ refreshToken: 'r1' })
        return { status: 200, body: { accessToken: 'new', refreshToken: 'r2', expiresIn: 900, role: 'resident', me } }
      }
      seen.push(method)
      return seen.length <= 2
        ? { status: 401, body: { code: 'TOKEN_EXPIRED', message: '登录已过期' } }
        : { status: 200, body: { ok: true } }
    })
    const results = await Promise.all([api(appRoutes.me), api(appRoutes.myAdviser)])
    expect(results).toEqual([{ ok: true }, { ok: true }])
    expect(refreshes).toBe(1)
    expect(useSession.getState()).toMatchObject({ accessToken: 'new', refreshToken: 'r2' })
  })

  it('a request refused with a token a finished refresh replaced retries with the new one, without refreshing again', async () => {
    useSession.setState({ accessToken: 'old', refreshToken: 'r1', me })
    let refreshes = 0
    const sent: string[] = []
    const { default: Taro } = await import('@tarojs/taro')
    let releaseSlow: () => void = () => undefined
    const slowAnswered = new Promise<void>((resolve) => (releaseSlow = resolve))
    jest.spyOn(Taro, 'request').mockImplementation((async (o: { url: string; header: Record<string, string> }) => {
      const answer = (status: number, data: unknown) => ({
        statusCode: status,
        data,
        header: {},
        cookies: [],
        errMsg: '',
      })
      if (path(o.url) === '/auth/refresh') {
        refreshes++
        return answer(200, { accessToken: 'new', refreshToken: 'r2', expiresIn: 900, role: 'resident', me })
      }
      const auth = o.header.Authorization
      sent.push(`${path(o.url)} ${auth}`)
      if (auth === 'Bearer new') return answer(200, { ok: true })
      // The slow request was sent with the old token and is refused only after the refresh is over.
      if (path(o.url) === '/me/adviser') await slowAnswered
      return answer(401, { code: 'TOKEN_EXPIRED', message: '登录已过期' })
    }) as never)
    const slow = api(appRoutes.myAdviser)
    await api(appRoutes.me)
    releaseSlow()
    await expect(slow).resolves.toEqual({ ok: true })
    expect(refreshes).toBe(1)
    expect(sent).toEqual(['/me/adviser Bearer old', '/me Bearer old', '/me Bearer new', '/me/adviser Bearer new'])
  })

  it('signs the user out when the refresh token is refused', async () => {
    useSession.setState({ accessToken: 'old', refreshToken: 'stolen', me })
    fakeNetwork((url) =>
      path(url) === '/auth/refresh'
        ? { status: 401, body: { code: 'REFRESH_REUSED', message: '登录状态异常，请重新登录' } }
        : { status: 401, body: { code: 'TOKEN_EXPIRED', message: '登录已过期' } },
    )
    await expect(api(appRoutes.me)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 })
    expect(useSession.getState().accessToken).toBeNull()
  })

  it('sends the bearer token, JSON only with a body, and turns error bodies into typed errors', async () => {
    useSession.setState({ accessToken: 'tok', refreshToken: 'r', me })
    const headers: Record<string, string>[] = []
    jest.restoreAllMocks()
    const { default: Taro } = await import('@tarojs/taro')
    jest.spyOn(Taro, 'request').mockImplementation(((o: { header: Record<string, string> }) => {
      headers.push(o.header)
      return Promise.resolve({
        statusCode: 404,
        data: { code: 'NOT_FOUND', message: '找不到该服务事项', correlationId: 'c-1' },
        header: {},
        cookies: [],
        errMsg: '',
      })
    }) as never)
    await expect(api(appRoutes.wsTicket)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '找不到该服务事项',
      status: 404,
      correlationId: 'c-1',
    })
    // The build names itself so the data center can number requests per channel.
    expect(headers[0]).toEqual({ Authorization: 'Bearer tok', 'X-Client': 'h5' })
  })

  it('tells the person what a refusal says in their language: its notice, or its message where it has none', async () => {
    useSession.setState({ accessToken: 'tok', refreshToken: 'r', me })
    jest.restoreAllMocks()
    const { default: Taro } = await import('@tarojs/taro')
    const bodies = [
      {
        code: 'SLOT_UNAVAILABLE',
        message: 'booking.tooLate',
        notice: { key: 'booking.tooLate', params: { minutes: 30 } },
      },
      { code: 'SLOT_UNAVAILABLE', message: '旧版数据中心的说明', notice: { key: 'booking.fromANewerServer' } },
      { code: 'SLOT_UNAVAILABLE', message: '尚未改为提示键的说明' },
    ]
    jest
      .spyOn(Taro, 'request')
      .mockImplementation((() =>
        Promise.resolve({ statusCode: 409, data: bodies.shift(), header: {}, cookies: [], errMsg: '' })) as never)
    const said = () => api(appRoutes.wsTicket).then(() => 'answered', messageOf)
    expect(await said()).toBe('该时段需至少提前30分钟预约')
    expect(await said()).toBe('旧版数据中心的说明')
    expect(await said()).toBe('尚未改为提示键的说明')
  })

  it("sends the headers a route declares, such as a booking's Idempotency-Key", async () => {
    useSession.setState({ accessToken: 'tok', refreshToken: 'r', me })
    const headers: Record<string, string>[] = []
    jest.restoreAllMocks()
    const { default: Taro } = await import('@tarojs/taro')
    jest.spyOn(Taro, 'request').mockImplementation(((o: { header: Record<string, string> }) => {
      headers.push(o.header)
      return Promise.resolve({ statusCode: 409, data: { code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段' } })
    }) as never)
    const body = {
      institutionId: 'inst-zz-ws',
      itemCode: 'legal-consult',
      date: '2026-12-01',
      start: '09:00',
      topic: '咨询',
      contactPhone: '13900001234',
    }
    await expect(api(appRoutes.book, { headers: { 'idempotency-key': 'key-12345678' }, body })).rejects.toMatchObject({
      code: 'SLOT_FULL',
      status: 409,
    })
    expect(headers[0]).toMatchObject({ 'idempotency-key': 'key-12345678', 'content-type': 'application/json' })
  })

  it('calls a route by its contract object: path parameters encoded, query, and no token on public routes', async () => {
    useSession.setState({ accessToken: 'tok', refreshToken: 'r', me })
    const headers: Record<string, string>[] = []
    const { default: Taro } = await import('@tarojs/taro')
    const urls: string[] = []
    jest.spyOn(Taro, 'request').mockImplementation(((o: { url: string; header: Record<string, string> }) => {
      urls.push(o.url)
      headers.push(o.header)
      return Promise.resolve({ statusCode: 200, data: { items: [] }, header: {}, cookies: [], errMsg: '' })
    }) as never)
    await api(appRoutes.person, { params: { id: 'p 1/x' } })
    await api(appRoutes.regions, { query: { parent: '640000' } })
    await api(appRoutes.me)
    expect(urls.map(path)).toEqual(['/people/p%201%2Fx', '/regions?parent=640000', '/me'])
    expect(headers.map((h) => h.Authorization)).toEqual([undefined, undefined, 'Bearer tok'])
  })

  it('uploads a file with its progress, refreshing an expired token once, and types the refusal', async () => {
    useSession.setState({ accessToken: 'old', refreshToken: 'r1', me })
    fakeNetwork(() => ({
      status: 200,
      body: { accessToken: 'new', refreshToken: 'r2', expiresIn: 900, role: 'resident', me },
    }))
    const { default: Taro } = await import('@tarojs/taro')
    const sent: { url: string; name: string; auth: string }[] = []
    const answers = [
      { statusCode: 401, data: JSON.stringify({ code: 'TOKEN_EXPIRED', message: '登录已过期' }) },
      { statusCode: 413, data: JSON.stringify({ code: 'FILE_TOO_LARGE', message: '文件不能超过10MB，请压缩后再传' }) },
    ]
    jest.spyOn(Taro, 'uploadFile').mockImplementation(((o: {
      url: string
      name: string
      header: Record<string, string>
    }) => {
      sent.push({ url: o.url, name: o.name, auth: o.header.Authorization })
      let report: (p: { progress: number }) => void = () => undefined
      const answer = answers.shift()
      const done = Promise.resolve().then(() => {
        report({ progress: 100 })
        return { ...answer, errMsg: 'uploadFile:ok' }
      })
      return Object.assign(done, { progress: (cb: typeof report) => (report = cb) })
    }) as never)
    const progress: number[] = []
    await expect(upload(appRoutes.upload, 'blob:photo', { onProgress: (p) => progress.push(p) })).rejects.toMatchObject(
      { code: 'FILE_TOO_LARGE', status: 413, message: '文件不能超过10MB，请压缩后再传' },
    )
    expect(sent.map((s) => [path(s.url), s.name, s.auth])).toEqual([
      ['/uploads', 'file', 'Bearer old'],
      ['/uploads', 'file', 'Bearer new'],
    ])
    expect(progress).toEqual([100, 100])
  })
})
