// The data center's domains depend one way (DESIGN.md, "Data-center domains"). `npm run lint`
// runs this over server/apps/datacenter/src, then scripts/domain-cycles.mjs for cycles between
// domains (folders) rather than files.
const DC = '^server/apps/datacenter/src'

/** The layers, lowest first: a module may use its own layer and those below, never one above. */
const LAYERS = [
  // What every domain stands on.
  ['common', 'db', 'signing'],
  // Places and records that name no person's business.
  ['regions', 'audit', 'personal-data', 'content-rules'],
  // Who and what: the directory of institutions and people, accounts, the catalogue of services, the
  // law library (its answers will name the services to use).
  ['directory', 'accounts', 'catalog', 'library'],
  // Public tools and texts over the library: the calculators and the 法治宣传 articles (their
  // provisions and citations open its articles).
  ['calculators', 'publicity'],
  // What serves every kind of request: sign-in, sessions, attachments, notices.
  ['sms', 'sessions', 'files', 'notifications'],
  // The registries every kind of request registers with: the requests, and the ratings they get.
  ['requests', 'ratings'],
  // The kinds of request (a complaint dates its deadline on booking's holiday calendar) and the conversations.
  ['booking', 'legal-aid', 'complaints', 'callbacks', 'consultations', 'calls'],
  // Services made of several of them (视频咨询: a booking with the adviser, held by call in the chat).
  ['video-consult'],
  // Read models over all of them.
  ['workbench', 'ops'],
]

const folders = (names) => `${DC}/(${names.join('|')})/`

module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${i}-uses-no-higher`,
      comment: `${layer.join(', ')} may not use a domain of a higher layer (${LAYERS.slice(i + 1)
        .flat()
        .join(', ')})`,
      severity: 'error',
      from: { path: folders(layer) },
      to: { path: folders(LAYERS.slice(i + 1).flat()) },
    })),
    {
      name: 'no-foreign-repository',
      comment: 'A domain uses another only through its service (its façade), never its repository',
      severity: 'error',
      from: { path: `${DC}/([^/]+)/` },
      to: { path: `${DC}/([^/]+)/[^/]+\\.repository\\.ts$`, pathNot: `${DC}/$1/` },
    },
    {
      name: 'no-domain-cycle',
      comment: 'Two domains may not use each other, however indirectly',
      severity: 'error',
      from: { path: `${DC}/` },
      to: { circular: true, path: `${DC}/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: `${DC}/`,
    exclude: { path: '\\.(nest-)?spec\\.ts$' },
    tsPreCompilationDeps: true,
  },
}
