#!/usr/bin/env node
// The typecheck and the type-aware lint on one set of TypeScript programs.
//
//   node scripts/check.mjs --types          tsc's checks per tsconfig, and server/dist emitted
//   node scripts/check.mjs --lint           ESLint (type-aware rules) over the repository
//   node scripts/check.mjs --types --lint   both, in one process (npm test)
//
// ESLint's type-aware rules need the same programs tsc builds: run apart, each built and checked
// them all again: on a fresh clone tsc took 66 CPU-s and ESLint 78. Together they take 87 (ESLint
// 16 s of it), ESLint's rules asking the checker for types it has already worked out.
// contract/dist must be built first (`tsc -b contract`).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = new Set(process.argv.slice(2))
const types = args.has('--types')
const lint = args.has('--lint')
if (!types && !lint) {
  console.error('usage: node scripts/check.mjs [--types] [--lint]')
  process.exit(2)
}

/**
 * The programs, in the order ESLint looks a file up in them (the first that holds it gives its
 * types). `emit`: tsc writes the project's output (server/dist, which the server bundles and the
 * node:test specs load); `checked`: its errors fail the typecheck (the contract is checked by its
 * own build, `tsc -b contract`; its program here only gives ESLint the files no other holds).
 * The server's is its build (server/dist and the .tsbuildinfo `tsc -b` reads: `npm start` after
 * `npm test` finds the build up to date instead of compiling the server again, 25 CPU-s), which
 * compiles the node:test specs (*.nest-spec.ts) too.
 */
const PROJECTS = [
  { config: 'server/tsconfig.build.json', emit: true, checked: true },
  { config: 'tsconfig.json', emit: false, checked: true },
  { config: 'cloud/tsconfig.json', emit: false, checked: true },
  { config: 'tests/tsconfig.json', emit: false, checked: true },
  { config: 'contract/tsconfig.json', emit: false, checked: false },
]

const formatHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
}

/** One project's program (and its diagnostics, when checked); its output written when `emit`. */
function build({ config, emit, checked }) {
  const path = join(root, config)
  const parsed = ts.getParsedCommandLineOfConfigFile(path, emit ? {} : { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.formatDiagnostic(d, formatHost))
    },
  })
  const input = {
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    configFileParsingDiagnostics: parsed.errors,
  }
  if (!emit) {
    const program = ts.createProgram(input)
    const diagnostics = types && checked ? ts.getPreEmitDiagnostics(program) : []
    return { program, diagnostics: [...parsed.errors, ...diagnostics] }
  }
  // As `tsc -p`: incremental (its .tsbuildinfo), and the output written even when there are errors.
  const builder = ts.createIncrementalProgram({ ...input, host: ts.createIncrementalCompilerHost(parsed.options) })
  const diagnostics = types
    ? [
        ...builder.getConfigFileParsingDiagnostics(),
        ...builder.getOptionsDiagnostics(),
        ...builder.getGlobalDiagnostics(),
        ...builder.getSyntacticDiagnostics(),
        ...builder.getSemanticDiagnostics(),
      ]
    : []
  const emitted = types ? builder.emit().diagnostics : []
  return { program: builder.getProgram(), diagnostics: [...diagnostics, ...emitted] }
}

let failed = false
const started = Date.now()
const programs = []
for (const project of PROJECTS) {
  const began = Date.now()
  const { program, diagnostics } = build(project)
  programs.push(program)
  if (types && project.checked) {
    const secs = ((Date.now() - began) / 1000).toFixed(1)
    if (diagnostics.length) {
      failed = true
      const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics
      process.stdout.write(format(diagnostics, formatHost))
      process.stdout.write(`✗ tsc ${project.config}: ${diagnostics.length} errors (${secs}s)\n`)
    } else process.stdout.write(`✓ tsc ${project.config} (${secs}s)\n`)
  }
}

if (lint) {
  const began = Date.now()
  const eslint = new ESLint({
    cwd: root,
    // The programs above give the types; ESLint builds none of its own.
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parserOptions: { projectService: false, project: null, programs } },
      },
    ],
  })
  const results = await eslint.lintFiles(['.'])
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.warningCount, 0)
  const text = await (await eslint.loadFormatter('stylish')).format(results)
  if (text) process.stdout.write(text)
  const secs = ((Date.now() - began) / 1000).toFixed(1)
  if (errors) failed = true
  process.stdout.write(
    `${errors ? '✗' : '✓'} eslint: ${results.length} files, ${errors} errors, ${warnings} warnings (${secs}s)\n`,
  )
}

process.stdout.write(`check finished in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
process.exit(failed ? 1 : 0)
