import { appRoutes } from './app-api/routes.js'
import { datacenterRoutes } from './datacenter-api/routes.js'
import { buildOpenApi } from './openapi.js'

/** Served at /api/docs and committed as contract/openapi/app-api.json. */
export function appOpenApiDocument(): Record<string, unknown> {
  return buildOpenApi(appRoutes, {
    title: '掌上12348 App API',
    version: '1.0.0',
    serverUrl: '/api/v1',
    security: 'bearer',
  })
}

/** Served at /dc/docs and committed as contract/openapi/datacenter-api.json. */
export function datacenterOpenApiDocument(): Record<string, unknown> {
  return buildOpenApi(datacenterRoutes, {
    title: '省级公共法律服务数据中心 API',
    version: '1.0.0',
    serverUrl: '/dc/v1',
    security: 'hmac',
  })
}
