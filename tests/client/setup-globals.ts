// Build-time constants that Taro's webpack config would define, for the H5 renderer under jsdom.
const g = globalThis as Record<string, unknown>
g.ENABLE_INNER_HTML = true
g.ENABLE_ADJACENT_HTML = true
g.ENABLE_SIZE_APIS = false
g.ENABLE_TEMPLATE_CONTENT = true
g.ENABLE_CLONE_NODE = true
g.ENABLE_CONTAINS = true
g.ENABLE_MUTATION_OBSERVER = false
g.__TARO_FRAMEWORK__ = 'react'
process.env.TARO_ENV = 'h5'
process.env.TARO_APP_API = 'http://bff.test'
g.DEPRECATED_ADAPTER_COMPONENT = false
process.env.FRAMEWORK = 'react'
process.env.TARO_PLATFORM = 'web'
process.env.SUPPORT_TARO_POLYFILL = 'disabled'
