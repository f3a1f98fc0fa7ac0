// Every page of the app, named once. app.config.ts registers them from this table and the app
// navigates by name (goTo('village')), so no page path is written anywhere else.

/** Pages of the main package: the tabs and sign-in, kept small. */
const MAIN = {
  home: 'pages/index/index',
  mine: 'pages/mine/index',
  login: 'pages/login/index',
} as const

/** One subpackage per domain: its root and its pages, relative to the root. */
const SUBPACKAGES = {
  profile: { root: 'packages/profile', pages: { village: 'village/index', privacy: 'privacy/index' } },
  workbench: { root: 'packages/workbench', pages: { workbench: 'index/index' } },
  booking: {
    root: 'packages/booking',
    pages: { serviceItem: 'item/index', book: 'book/index', appointment: 'detail/index' },
  },
  legalAid: {
    root: 'packages/legal-aid',
    pages: { applyLegalAid: 'apply/index', legalAidApplication: 'application/index' },
  },
  consult: { root: 'packages/consult', pages: { chat: 'chat/index' } },
  call: { root: 'packages/call', pages: { call: 'screen/index' } },
  hotline: { root: 'packages/hotline', pages: { callback: 'callback/index' } },
  library: {
    root: 'packages/library',
    pages: {
      library: 'index/index',
      law: 'law/index',
      article: 'article/index',
      cases: 'cases/index',
      legalCase: 'case/index',
      ask: 'ask/index',
    },
  },
  directory: {
    root: 'packages/directory',
    pages: {
      institutions: 'institutions/index',
      institution: 'institution/index',
      practitioners: 'people/index',
      practitioner: 'person/index',
    },
  },
  publicity: {
    root: 'packages/publicity',
    pages: { publicity: 'index/index', publicityArticle: 'article/index' },
  },
  calculators: {
    root: 'packages/calculators',
    pages: {
      calculators: 'index/index',
      litigationFee: 'litigation/index',
      workInjury: 'work-injury/index',
      personalInjury: 'personal-injury/index',
    },
  },
  complaints: {
    root: 'packages/complaints',
    pages: { fileComplaint: 'file/index', complaint: 'detail/index' },
  },
  requests: {
    root: 'packages/requests',
    pages: { myAppointments: 'appointments/index', myRequests: 'list/index', progress: 'progress/index' },
  },
} as const

type Sub = typeof SUBPACKAGES
type SubPageName = { [P in keyof Sub]: keyof Sub[P]['pages'] }[keyof Sub]
export type PageName = keyof typeof MAIN | SubPageName
export type SubpackageName = keyof Sub

/** `/pages/index/index`-style paths by name, for navigation. */
export const PAGE = { ...MAIN } as Record<PageName, string>
for (const [name, path] of Object.entries(MAIN)) PAGE[name as PageName] = `/${path}`
for (const sub of Object.values(SUBPACKAGES)) {
  for (const [name, path] of Object.entries(sub.pages)) PAGE[name as PageName] = `/${sub.root}/${path}`
}

/** The tab bar's pages, in order (reached with switchTab). */
export const TABS: readonly PageName[] = ['home', 'mine']

/** For app.config.ts: the main package's page list and the subpackages. */
export const appPages = {
  pages: Object.values(MAIN) as string[],
  subPackages: Object.values(SUBPACKAGES).map((s) => ({ root: s.root, pages: Object.values(s.pages) })),
  /** The package a page downloads ahead of time, for what it opens next. */
  preload: (page: PageName, ...packages: SubpackageName[]) => ({
    [PAGE[page].slice(1)]: { network: 'all' as const, packages: packages.map((p) => SUBPACKAGES[p].root) },
  }),
}
