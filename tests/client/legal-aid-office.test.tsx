import { render, screen } from '@testing-library/react'
import type { Me } from '@pocket/contract'
import ApplyLegalAid from '@/packages/legal-aid/apply'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores } from './harness'

// Opened from 首页: no hand-over summary in its route.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<{ default: unknown }>('@tarojs/taro')
  return {
    __esModule: true,
    ...actual,
    default: actual.default,
    useRouter: () => ({ params: {}, path: '/packages/legal-aid/apply/index' }),
  }
})

const office = (id: string, name: string, regionCode: string) => ({
  id,
  kind: 'pls_center',
  name,
  regionCode,
  address: '演示地址',
  phone: '0951-0000000',
  lat: 38.4,
  lng: 106.2,
  hours: '',
  isDemo: true,
  distance: null,
})
const OFFICES = [
  office('inst-xq-center', '兴庆区公共法律服务中心', '640104'),
  office('inst-yn-center', '永宁县公共法律服务中心', '640121'),
]
const me = (village: Me['village']): Me => ({
  id: 'acc-1',
  role: 'resident',
  displayName: '居民',
  phoneMasked: '139****2001',
  village,
  person: null,
  discreetNotices: false,
})

describe('法律援助申请: which office takes it (H5 renderer)', () => {
  beforeEach(() => {
    resetStores()
    fakeNetwork((url) =>
      path(url).startsWith('/catalog/items/legal-aid/booking')
        ? { status: 200, body: { rule: null, institutions: OFFICES } }
        : { status: 404 },
    )
  })
  afterEach(() => jest.restoreAllMocks())

  it("chooses the office of the resident's own county, not the first of the list", async () => {
    useSession.setState({
      accessToken: 'at',
      refreshToken: 'rt',
      me: me({
        code: '640121104201',
        name: '福宁村',
        path: ['宁夏回族自治区', '银川市', '永宁县', '闽宁镇', '福宁村'],
      }),
    })
    render(<ApplyLegalAid />)
    const chosen = await screen.findByText('永宁县公共法律服务中心')
    expect(chosen.closest('.aid-choice')?.className).toContain('aid-chosen')
    expect(document.querySelectorAll('.aid-chosen')).toHaveLength(1)
    // The signed-in phone is the contact phone unless another is typed.
    expect(screen.getByText('默认使用账户手机号 139****2001，如需更换请填写')).toBeTruthy()
  })

  it('asks which office when the resident has no village, choosing none for them', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: me(null) })
    render(<ApplyLegalAid />)
    await screen.findByText('兴庆区公共法律服务中心')
    expect(document.querySelectorAll('.aid-chosen')).toHaveLength(0)
    expect(screen.getByText(/请选择离您最近/)).toBeTruthy()
  })
})
