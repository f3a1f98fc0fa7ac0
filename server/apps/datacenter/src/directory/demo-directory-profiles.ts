import type { InstitutionService, PracticeStatus, SpokenLanguage } from '@pocket/contract'
import type { SeedInstitution, SeedPerson } from './demo-directory.js'

/**
 * DEMO services, practitioners' profiles and public credit records. Licence numbers follow the
 * real pattern but are invented, as are the people, the records and their issuers (marked 演示).
 */
export const seedServices: Record<string, InstitutionService[]> = {
  'inst-xq-center': ['consultation', 'legal_aid', 'mediation'],
  'inst-yn-center': ['consultation', 'legal_aid', 'mediation'],
  'inst-xj-center': ['consultation', 'legal_aid', 'mediation'],
  'inst-zz-ws': ['consultation', 'mediation'],
  'inst-mn-ws': ['consultation', 'mediation'],
  'inst-jq-ws': ['consultation', 'mediation'],
  'inst-yc-aid': ['legal_aid', 'consultation', 'representation'],
  'inst-yc-notary': ['notarization'],
  'inst-mn-mediation': ['mediation'],
  'inst-law-helan': ['consultation', 'representation'],
  'inst-law-liupan': ['consultation', 'representation'],
  'inst-appraisal': ['appraisal'],
  'inst-xj-notary': ['notarization'],
  'inst-jq-mediation': ['mediation'],
}

const WEEKDAYS = '周一至周五 9:00-12:00，14:30-17:30（法定节假日除外）'

/** Institutions the first demo did not have: a county notary office and a town mediation committee. */
export const seedMoreInstitutions: SeedInstitution[] = [
  {
    id: 'inst-xj-notary',
    kind: 'notary_office',
    name: '西吉县公证处（演示）',
    regionCode: '640422',
    address: '西吉县吉强镇团结路（演示地址）',
    lat: 35.9661,
    lng: 105.7336,
    hours: WEEKDAYS,
    phone: '0954-3010013',
  },
  {
    id: 'inst-jq-mediation',
    kind: 'mediation_committee',
    name: '吉强镇人民调解委员会',
    regionCode: '640422100',
    address: '西吉县吉强镇镇政府院内（演示地址）',
    lat: 35.9648,
    lng: 105.7312,
    hours: WEEKDAYS,
    phone: '0954-3010014',
  },
]

export const seedMorePeople: SeedPerson[] = [
  {
    id: 'lawyer-chen-li',
    kind: 'lawyer',
    name: '陈立',
    title: '执业律师',
    phone: '13800000013',
    institutionId: 'inst-law-liupan',
  },
  {
    id: 'lawyer-wu-qiang',
    kind: 'lawyer',
    name: '吴强',
    title: '执业律师',
    phone: '13800000014',
    institutionId: 'inst-law-helan',
  },
  {
    id: 'notary-ma-jun',
    kind: 'notary',
    name: '马俊',
    title: '公证员',
    phone: '13800000022',
    institutionId: 'inst-xj-notary',
  },
  {
    id: 'worker-na-xue',
    kind: 'legal_worker',
    name: '纳雪',
    title: '基层法律服务工作者',
    phone: '13800000041',
    institutionId: 'inst-mn-ws',
  },
]

export interface SeedProfile {
  licenceNo: string | null
  specialties: string[]
  languages: SpokenLanguage[]
  practiceStatus: PracticeStatus
}

const profile = (
  licenceNo: string | null,
  specialties: string[],
  languages: SpokenLanguage[] = ['mandarin', 'local'],
  practiceStatus: PracticeStatus = 'practising',
): SeedProfile => ({ licenceNo, specialties, languages, practiceStatus })

export const seedProfiles: Record<string, SeedProfile> = {
  'adv-ma-xiaomei': profile('16401201910283746', ['婚姻家庭', '土地承包', '劳动争议']),
  'adv-li-jianguo': profile('36401211512030017', ['邻里纠纷', '宅基地', '赡养']),
  'adv-wang-fang': profile('16401201810372615', ['婚姻家庭', '合同纠纷']),
  'adv-zhang-wei': profile('36401041612040023', ['劳动争议', '邻里纠纷']),
  'adv-yang-haiyan': profile('16404022011094458', ['婚姻家庭', '继承', '土地承包'], ['mandarin', 'local', 'en']),
  'adv-hai-jun': profile('36404221709120031', ['宅基地', '赡养', '邻里纠纷']),
  'lawyer-zhou-ming': profile('16401200910118832', ['合同纠纷', '公司', '建设工程'], ['mandarin', 'en']),
  'lawyer-ma-lan': profile('16401201310245519', ['法律援助', '刑事辩护', '未成年人保护']),
  'lawyer-chen-li': profile('16404022015073364', ['交通事故', '人身损害']),
  'lawyer-wu-qiang': profile('16401201410196620', ['民间借贷', '合同纠纷'], ['mandarin'], 'suspended'),
  'notary-liu-jing': profile('26401200812050042', ['继承公证', '委托公证', '涉外公证'], ['mandarin', 'en']),
  'notary-ma-jun': profile('26404222014060013', ['继承公证', '赠与公证']),
  'mediator-ma-fugui': profile(null, ['邻里纠纷', '婚姻家庭', '土地纠纷']),
  'worker-na-xue': profile('36401211911150052', ['劳动争议', '民间借贷']),
}

export interface SeedCredit {
  id: string
  personId: string
  kind: 'reward' | 'penalty'
  date: string
  title: string
  issuer: string
}

export const seedCredit: SeedCredit[] = [
  {
    id: 'credit-zhou-ming-2024',
    personId: 'lawyer-zhou-ming',
    kind: 'reward',
    date: '2024-03-15',
    title: '2023年度全区优秀律师',
    issuer: '宁夏回族自治区律师协会（演示）',
  },
  {
    id: 'credit-ma-lan-2025',
    personId: 'lawyer-ma-lan',
    kind: 'reward',
    date: '2025-01-10',
    title: '法律援助工作先进个人',
    issuer: '银川市司法局（演示）',
  },
  {
    id: 'credit-chen-li-2025',
    personId: 'lawyer-chen-li',
    kind: 'penalty',
    date: '2025-06-20',
    title: '警告：未按约定及时告知委托人案件进展',
    issuer: '固原市司法局（演示）',
  },
  {
    id: 'credit-wu-qiang-2026',
    personId: 'lawyer-wu-qiang',
    kind: 'penalty',
    date: '2026-05-08',
    title: '停止执业三个月：私自接受委托、收取费用',
    issuer: '宁夏回族自治区司法厅（演示）',
  },
  {
    id: 'credit-wu-qiang-2022',
    personId: 'lawyer-wu-qiang',
    kind: 'reward',
    date: '2022-02-18',
    title: '2021年度银川市优秀律师',
    issuer: '银川市律师协会（演示）',
  },
  {
    id: 'credit-liu-jing-2023',
    personId: 'notary-liu-jing',
    kind: 'reward',
    date: '2023-12-20',
    title: '全区公证行业先进个人',
    issuer: '宁夏回族自治区公证协会（演示）',
  },
  {
    id: 'credit-ma-fugui-2024',
    personId: 'mediator-ma-fugui',
    kind: 'reward',
    date: '2024-11-05',
    title: '全区优秀人民调解员',
    issuer: '宁夏回族自治区司法厅（演示）',
  },
  {
    id: 'credit-li-jianguo-2025',
    personId: 'adv-li-jianguo',
    kind: 'reward',
    date: '2025-09-12',
    title: '优秀村（居）法律顾问',
    issuer: '永宁县司法局（演示）',
  },
]
