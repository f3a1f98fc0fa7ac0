import type { InstitutionKind, PersonKind } from '@pocket/contract'

/**
 * DEMO institutions and people. Names of public bodies follow the real naming pattern;
 * addresses, phones, people and law firms are invented for the demo and flagged isDemo.
 */
export interface SeedInstitution {
  id: string
  kind: InstitutionKind
  name: string
  regionCode: string
  address: string
  lat: number
  lng: number
  hours: string
  phone: string
}

const WEEKDAYS = '周一至周五 9:00-12:00，14:30-17:30（法定节假日除外）'

export const seedInstitutions: SeedInstitution[] = [
  {
    id: 'inst-xq-center',
    kind: 'pls_center',
    name: '兴庆区公共法律服务中心',
    regionCode: '640104',
    address: '银川市兴庆区解放东街（演示地址）',
    lat: 38.4679,
    lng: 106.2886,
    hours: WEEKDAYS,
    phone: '0951-6010001',
  },
  {
    id: 'inst-yn-center',
    kind: 'pls_center',
    name: '永宁县公共法律服务中心',
    regionCode: '640121',
    address: '永宁县杨和镇宁和南街（演示地址）',
    lat: 38.2776,
    lng: 106.253,
    hours: WEEKDAYS,
    phone: '0951-8010002',
  },
  {
    id: 'inst-xj-center',
    kind: 'pls_center',
    name: '西吉县公共法律服务中心',
    regionCode: '640422',
    address: '西吉县吉强镇文化路（演示地址）',
    lat: 35.9637,
    lng: 105.7299,
    hours: WEEKDAYS,
    phone: '0954-3010003',
  },
  {
    id: 'inst-zz-ws',
    kind: 'workstation',
    name: '掌政镇公共法律服务工作站',
    regionCode: '640104100',
    address: '兴庆区掌政镇镇政府院内（演示地址）',
    lat: 38.4706,
    lng: 106.3582,
    hours: WEEKDAYS,
    phone: '0951-6010004',
  },
  {
    id: 'inst-mn-ws',
    kind: 'workstation',
    name: '闽宁镇公共法律服务工作站',
    regionCode: '640121104',
    address: '永宁县闽宁镇福宁路（演示地址）',
    lat: 38.2348,
    lng: 106.0771,
    hours: WEEKDAYS,
    phone: '0951-8010005',
  },
  {
    id: 'inst-jq-ws',
    kind: 'workstation',
    name: '吉强镇公共法律服务工作站',
    regionCode: '640422100',
    address: '西吉县吉强镇便民服务中心（演示地址）',
    lat: 35.9712,
    lng: 105.7198,
    hours: WEEKDAYS,
    phone: '0954-3010006',
  },
  {
    id: 'inst-yc-aid',
    kind: 'legal_aid_center',
    name: '银川市法律援助中心',
    regionCode: '640106',
    address: '银川市金凤区北京中路（演示地址）',
    lat: 38.4872,
    lng: 106.2309,
    hours: '周一至周五 8:30-12:00，14:30-18:00；12348 热线 24 小时',
    phone: '0951-12348',
  },
  {
    id: 'inst-yc-notary',
    kind: 'notary_office',
    name: '银川市兴庆公证处（演示）',
    regionCode: '640104',
    address: '银川市兴庆区文化东街（演示地址）',
    lat: 38.4735,
    lng: 106.2951,
    hours: WEEKDAYS,
    phone: '0951-6010008',
  },
  {
    id: 'inst-mn-mediation',
    kind: 'mediation_committee',
    name: '闽宁镇人民调解委员会',
    regionCode: '640121104',
    address: '永宁县闽宁镇福宁路（与工作站合署，演示地址）',
    lat: 38.2351,
    lng: 106.0775,
    hours: WEEKDAYS,
    phone: '0951-8010009',
  },
  {
    id: 'inst-law-helan',
    kind: 'law_firm',
    name: '宁夏明理律师事务所（演示）',
    regionCode: '640106',
    address: '银川市金凤区宁安大街（演示地址）',
    lat: 38.4861,
    lng: 106.2254,
    hours: '周一至周六 9:00-18:00',
    phone: '0951-5010010',
  },
  {
    id: 'inst-law-liupan',
    kind: 'law_firm',
    name: '宁夏六盘律师事务所（演示）',
    regionCode: '640402',
    address: '固原市原州区中山街（演示地址）',
    lat: 36.0156,
    lng: 106.2425,
    hours: '周一至周五 9:00-17:30',
    phone: '0954-2010011',
  },
  {
    id: 'inst-appraisal',
    kind: 'appraisal_institute',
    name: '宁夏正衡司法鉴定所（演示）',
    regionCode: '640106',
    address: '银川市金凤区康平路（演示地址）',
    lat: 38.4933,
    lng: 106.2412,
    hours: WEEKDAYS,
    phone: '0951-5010012',
  },
]

export interface SeedPerson {
  id: string
  kind: PersonKind
  name: string
  title: string
  phone: string
  institutionId: string
}

/** Demo sign-in numbers: adviser 13800000001, staff 13700000001; any other number is a resident. */
export const seedPeople: SeedPerson[] = [
  {
    id: 'adv-ma-xiaomei',
    kind: 'adviser',
    name: '马晓梅',
    title: '律师 · 村（居）法律顾问',
    phone: '13800000001',
    institutionId: 'inst-law-helan',
  },
  {
    id: 'adv-li-jianguo',
    kind: 'adviser',
    name: '李建国',
    title: '基层法律服务工作者 · 村（居）法律顾问',
    phone: '13800000002',
    institutionId: 'inst-mn-ws',
  },
  {
    id: 'adv-wang-fang',
    kind: 'adviser',
    name: '王芳',
    title: '律师 · 村（居）法律顾问',
    phone: '13800000003',
    institutionId: 'inst-law-helan',
  },
  {
    id: 'adv-zhang-wei',
    kind: 'adviser',
    name: '张伟',
    title: '基层法律服务工作者 · 村（居）法律顾问',
    phone: '13800000004',
    institutionId: 'inst-zz-ws',
  },
  {
    id: 'adv-yang-haiyan',
    kind: 'adviser',
    name: '杨海燕',
    title: '律师 · 村（居）法律顾问',
    phone: '13800000005',
    institutionId: 'inst-law-liupan',
  },
  {
    id: 'adv-hai-jun',
    kind: 'adviser',
    name: '海军',
    title: '基层法律服务工作者 · 村（居）法律顾问',
    phone: '13800000006',
    institutionId: 'inst-jq-ws',
  },
  {
    id: 'lawyer-zhou-ming',
    kind: 'lawyer',
    name: '周明',
    title: '执业律师',
    phone: '13800000011',
    institutionId: 'inst-law-helan',
  },
  {
    id: 'lawyer-ma-lan',
    kind: 'lawyer',
    name: '马兰',
    title: '执业律师 · 法律援助值班律师',
    phone: '13800000012',
    institutionId: 'inst-yc-aid',
  },
  {
    id: 'notary-liu-jing',
    kind: 'notary',
    name: '刘静',
    title: '公证员',
    phone: '13800000021',
    institutionId: 'inst-yc-notary',
  },
  {
    id: 'mediator-ma-fugui',
    kind: 'mediator',
    name: '马福贵',
    title: '人民调解员',
    phone: '13800000031',
    institutionId: 'inst-mn-mediation',
  },
  {
    id: 'staff-zhao-li',
    kind: 'staff',
    name: '赵丽',
    title: '公共法律服务中心工作人员',
    phone: '13700000001',
    institutionId: 'inst-yn-center',
  },
  {
    id: 'staff-sun-hao',
    kind: 'staff',
    name: '孙浩',
    title: '公共法律服务中心工作人员',
    phone: '13700000002',
    institutionId: 'inst-xq-center',
  },
]

/** Town code → [adviser, backup] for every demo village under it. */
export const seedAssignments: Record<string, [string, string]> = {
  '640121104': ['adv-ma-xiaomei', 'adv-li-jianguo'],
  '640121100': ['adv-li-jianguo', 'adv-ma-xiaomei'],
  '640104100': ['adv-wang-fang', 'adv-zhang-wei'],
  '640104101': ['adv-zhang-wei', 'adv-wang-fang'],
  '640422100': ['adv-yang-haiyan', 'adv-hai-jun'],
  '640422105': ['adv-hai-jun', 'adv-yang-haiyan'],
}
