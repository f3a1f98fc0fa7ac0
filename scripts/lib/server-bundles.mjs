import { readFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'

/**
 * The servers as they run: each one file, bundled by esbuild from what tsc emitted into
 * server/dist. Node's module loader spent 1.4–1.7 CPU-seconds of every start resolving and
 * compiling a thousand files (Nest, fastify, zod, the AWS SDK); one file takes 0.5–0.65. Every
 * process start pays it: npm start, the bench, the soak, and about a hundred starts per test run.
 */
export const SERVER_BUNDLES = {
  datacenter: 'server/dist/apps/datacenter/datacenter.mjs',
  bff: 'server/dist/apps/bff/bff.mjs',
}

/**
 * Left to Node to load from node_modules: PGlite reads its WebAssembly and data files beside its
 * own module, jieba its native binding and dictionary; pg-native is pg's optional binding; the rest are Nest's optional packages, which it
 * asks for only when a feature we do not use is configured (and which are not installed).
 */
const EXTERNAL = [
  '@electric-sql/pglite',
  '@node-rs/jieba',
  '@node-rs/jieba/*',
  'pg-native',
  '@nestjs/microservices',
  '@nestjs/microservices/*',
  '@nestjs/websockets',
  '@nestjs/websockets/*',
  '@nestjs/platform-express',
  '@nestjs/platform-express/*',
  '@fastify/view',
  'class-validator',
  'class-transformer',
]

/** CommonJS packages inside an ES module bundle still find `require`, `__filename` and `__dirname`. */
const BANNER = [
  "import { createRequire as __createRequire } from 'node:module'",
  "import { fileURLToPath as __fileURLToPath } from 'node:url'",
  "import { dirname as __pathDirname } from 'node:path'",
  'const require = __createRequire(import.meta.url)',
  'const __filename = __fileURLToPath(import.meta.url)',
  'const __dirname = __pathDirname(__filename)',
].join('\n')

/**
 * Our modules that locate files beside themselves (`new URL('../drizzle', import.meta.url)`) keep
 * doing so from the bundle: their `import.meta.url` becomes their own file's place, relative to the
 * bundle, so a moved checkout still works.
 */
function ownUrls(outfile) {
  return {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]server[\\/]dist[\\/].*\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8')
        // Handed back as read either way: esbuild need not read the file a second time.
        if (!text.includes('import.meta.url')) return { contents: text, loader: 'js', resolveDir: dirname(args.path) }
        let rel = relative(dirname(outfile), args.path).split(sep).join('/')
        if (!rel.startsWith('.')) rel = `./${rel}`
        return {
          contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`),
          loader: 'js',
          resolveDir: dirname(args.path),
        }
      })
    },
  }
}

/** Bundles both servers from server/dist (run tsc first). esbuild loads only here: the paths above are for everyone. */
export async function bundleServers(root) {
  const { build } = await import('esbuild')
  await Promise.all(
    Object.entries(SERVER_BUNDLES).map(([name, bundle]) => {
      const outfile = join(root, bundle)
      return build({
        entryPoints: [join(root, `server/dist/apps/${name}/src/main.js`)],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Nest names providers and errors by class: keep the names.
        keepNames: true,
        sourcemap: 'linked',
        external: EXTERNAL,
        banner: { js: BANNER },
        plugins: [ownUrls(outfile)],
        logLevel: 'error',
      })
    }),
  )
}
