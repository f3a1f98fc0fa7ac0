/**
 * Ningxia (640000): its 5 cities and 22 counties/districts with their real GB/T 2260 codes.
 * Towns and villages below three counties are DEMO data: real place names, codes built in the
 * 9/12-digit statistical scheme for the demo only.
 */
export interface SeedRegion {
  code: string
  name: string
  level: 'province' | 'city' | 'county' | 'town' | 'village'
  parentCode: string | null
  isDemo: boolean
}

const official: [string, string][] = [
  ['640000', '宁夏回族自治区'],
  ['640100', '银川市'],
  ['640104', '兴庆区'],
  ['640105', '西夏区'],
  ['640106', '金凤区'],
  ['640121', '永宁县'],
  ['640122', '贺兰县'],
  ['640181', '灵武市'],
  ['640200', '石嘴山市'],
  ['640202', '大武口区'],
  ['640205', '惠农区'],
  ['640221', '平罗县'],
  ['640300', '吴忠市'],
  ['640302', '利通区'],
  ['640303', '红寺堡区'],
  ['640323', '盐池县'],
  ['640324', '同心县'],
  ['640381', '青铜峡市'],
  ['640400', '固原市'],
  ['640402', '原州区'],
  ['640422', '西吉县'],
  ['640423', '隆德县'],
  ['640424', '泾源县'],
  ['640425', '彭阳县'],
  ['640500', '中卫市'],
  ['640502', '沙坡头区'],
  ['640521', '中宁县'],
  ['640522', '海原县'],
]

/** county code → towns → villages (demo) */
const demo: Record<string, [string, string, [string, string][]][]> = {
  '640104': [
    [
      '640104100',
      '掌政镇',
      [
        ['201', '掌政村'],
        ['202', '杨家寨村'],
        ['203', '茂盛村'],
      ],
    ],
    [
      '640104101',
      '大新镇',
      [
        ['201', '燕鸽村'],
        ['202', '新水桥村'],
      ],
    ],
  ],
  '640121': [
    [
      '640121100',
      '杨和镇',
      [
        ['201', '红星村'],
        ['202', '王太村'],
      ],
    ],
    [
      '640121104',
      '闽宁镇',
      [
        ['201', '福宁村'],
        ['202', '木兰村'],
        ['203', '原隆村'],
        ['204', '武河村'],
      ],
    ],
  ],
  '640422': [
    [
      '640422100',
      '吉强镇',
      [
        ['201', '龙王坝村'],
        ['202', '火集村'],
      ],
    ],
    [
      '640422105',
      '将台堡镇',
      [
        ['201', '将台村'],
        ['202', '明台村'],
      ],
    ],
  ],
}

function officialLevel(code: string): SeedRegion['level'] {
  if (code.endsWith('0000')) return 'province'
  if (code.endsWith('00')) return 'city'
  return 'county'
}

function officialParent(code: string): string | null {
  const level = officialLevel(code)
  if (level === 'province') return null
  if (level === 'city') return `${code.slice(0, 2)}0000`
  return `${code.slice(0, 4)}00`
}

export function seedRegions(): SeedRegion[] {
  const out: SeedRegion[] = official.map(([code, name]) => ({
    code,
    name,
    level: officialLevel(code),
    parentCode: officialParent(code),
    isDemo: false,
  }))
  for (const [county, towns] of Object.entries(demo)) {
    for (const [town, townName, villages] of towns) {
      out.push({ code: town, name: townName, level: 'town', parentCode: county, isDemo: true })
      for (const [suffix, name] of villages) {
        out.push({ code: town + suffix, name, level: 'village', parentCode: town, isDemo: true })
      }
    }
  }
  return out
}
