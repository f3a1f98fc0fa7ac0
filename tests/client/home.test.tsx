import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { Me } from '@pocket/contract'
import Home from '@/pages/index/index'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores } from './harness'

const catalog = {
  items: [
    { code: 'legal-aid', category: 'legal_aid', name: '法律援助申请', summary: '经济困难的公民可以申请' },
    { code: 'people-mediation', category: 'mediation', name: '人民调解', summary: '民间纠纷免费调解' },
  ],
}
const village = {
  code: '640121104201',
  name: '福宁村',
  path: ['宁夏回族自治区', '银川市', '永宁县', '闽宁镇', '福宁村'],
}
const resident = (v: Me['village']): Me => ({
  id: 'a1',
  role: 'resident',
  displayName: '居民0001',
  phoneMasked: '139****0001',
  village: v,
  person: null,
  discreetNotices: false,
})
const adviser = {
  village,
  adviser: {
    id: 'adv',
    kind: 'adviser',
    name: '马晓梅',
    title: '律师 · 村（居）法律顾问',
    photoUrl: null,
    phoneMasked: '138****0001',
    institution: { id: 'i', name: '宁夏明理律师事务所（演示）' },
    isDemo: true,
  },
  backup: {
    id: 'b',
    kind: 'adviser',
    name: '李建国',
    title: '基层法律服务工作者',
    photoUrl: null,
    phoneMasked: '138****0002',
    institution: null,
    isDemo: true,
  },
}

function signIn(me: Me) {
  useSession.setState({ accessToken: 'at', refreshToken: 'rt', me })
}

/** A resident opens 首页 once on a good network (so the phone saves it); the network is theirs to cut. */
async function visitOnceOnline(): Promise<{ online: boolean }> {
  const network = { online: true }
  fakeNetwork((url) => {
    if (!network.online) return new Error('offline')
    if (path(url) === '/catalog/items') return { status: 200, body: catalog }
    if (path(url) === '/me/adviser') return { status: 200, body: adviser }
    return { status: 404 }
  })
  signIn(resident(village))
  const first = render(<Home />)
  expect(await screen.findByText('马晓梅')).toBeTruthy()
  first.unmount()
  return network
}

describe('首页 (H5 renderer)', () => {
  beforeEach(() => resetStores())
  afterEach(() => jest.restoreAllMocks())

  it('invites a signed-out visitor to sign in and lists the services', async () => {
    fakeNetwork((url) => (path(url) === '/catalog/items' ? { status: 200, body: catalog } : { status: 404 }))
    render(<Home />)
    expect(await screen.findByText('法律援助申请')).toBeTruthy()
    expect(screen.getByText('人民调解')).toBeTruthy()
    expect(screen.getByText('登录 / 注册')).toBeTruthy()
  })

  it('asks a resident without a village to pick one', async () => {
    fakeNetwork((url) => (path(url) === '/catalog/items' ? { status: 200, body: catalog } : { status: 404 }))
    signIn(resident(null))
    render(<Home />)
    expect(await screen.findByText('选择我所在的村（社区）')).toBeTruthy()
  })

  it('shows the village adviser and the backup, phones masked and marked as demo data', async () => {
    fakeNetwork((url) => {
      if (path(url) === '/catalog/items') return { status: 200, body: catalog }
      if (path(url) === '/me/adviser') return { status: 200, body: adviser }
      return { status: 404 }
    })
    signIn(resident(village))
    render(<Home />)
    expect(await screen.findByText('马晓梅')).toBeTruthy()
    expect(screen.getByText('138****0001')).toBeTruthy()
    expect(screen.getByText('李建国')).toBeTruthy()
    expect(screen.getByText('备岗顾问')).toBeTruthy()
    expect(screen.getAllByText('演示数据')).toHaveLength(2)
  })

  it('says the network is down and loads the adviser on retry', async () => {
    let online = false
    fakeNetwork((url) => {
      if (path(url) === '/catalog/items') return { status: 200, body: catalog }
      if (path(url) === '/me/adviser') return online ? { status: 200, body: adviser } : new Error('offline')
      return { status: 404 }
    })
    signIn(resident(village))
    render(<Home />)
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy()
    online = true
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('马晓梅')).toBeTruthy()
  })

  it('on a dead network shows the adviser saved on the phone, says when it was saved, and refreshes on retry', async () => {
    const network = await visitOnceOnline()

    network.online = false
    render(<Home />)
    // At once, from the phone: the adviser, the backup and the services.
    expect(screen.getByText('马晓梅')).toBeTruthy()
    expect(screen.getByText('李建国')).toBeTruthy()
    expect(screen.getByText('法律援助申请')).toBeTruthy()
    const notices = await screen.findAllByText(/^网络不给力，显示的是今天 \d\d:\d\d保存的内容$/)
    expect(notices).toHaveLength(2)
    expect(screen.queryByText('网络不给力，请检查网络后重试')).toBeNull()

    network.online = true
    fireEvent.click(screen.getAllByText('重试')[0])
    await waitFor(() => expect(screen.queryAllByText(/保存的内容$/)).toHaveLength(1))
    expect(screen.getByText('马晓梅')).toBeTruthy()
  })

  it('forgets the saved screens when the person signs out', async () => {
    const network = await visitOnceOnline()

    act(() => useSession.getState().signOut())
    network.online = false
    signIn(resident(village))
    render(<Home />)
    expect(screen.queryByText('马晓梅')).toBeNull()
    expect(await screen.findAllByText('网络不给力，请检查网络后重试')).toHaveLength(2)
  })
})
