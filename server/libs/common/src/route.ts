import {
  applyDecorators,
  createParamDecorator,
  HttpCode,
  RequestMapping,
  RequestMethod,
  SetMetadata,
  type ExecutionContext,
} from '@nestjs/common'
import type { HttpMethod, ParsedInput, RouteSpec } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { parseInput } from './parse-input.js'

export const ROUTE_SPEC = 'pocket:route-spec'

const METHODS: Record<HttpMethod, RequestMethod> = {
  get: RequestMethod.GET,
  post: RequestMethod.POST,
  put: RequestMethod.PUT,
  delete: RequestMethod.DELETE,
}

/** `/people/{id}` → `/people/:id` */
export const nestPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1')

/** Mounts a handler at a contract route: its method, path and success status; @Input() parses with its schemas. */
export function Route(spec: RouteSpec): MethodDecorator {
  return applyDecorators(
    RequestMapping({ path: nestPath(spec.path), method: METHODS[spec.method] }),
    HttpCode(spec.status ?? (spec.response || spec.files === 'download' ? 200 : 204)),
    SetMetadata(ROUTE_SPEC, spec),
  )
}

export function routeOf(handler: object): RouteSpec | undefined {
  return Reflect.getMetadata(ROUTE_SPEC, handler) as RouteSpec | undefined
}

/** The request's path parameters, query, declared headers and body, each parsed by the schema its @Route declares. */
export const Input = createParamDecorator((_: unknown, ctx: ExecutionContext): ParsedInput<RouteSpec> => {
  const spec = routeOf(ctx.getHandler())
  if (!spec) throw new Error('@Input() needs @Route() on the same handler')
  const req = ctx.switchToHttp().getRequest<FastifyRequest>()
  return {
    params: spec.params ? parseInput(spec.params, req.params) : undefined,
    query: spec.query ? parseInput(spec.query, req.query) : undefined,
    headers: spec.headers ? parseInput(spec.headers, req.headers) : undefined,
    body: spec.body ? parseInput(spec.body, req.body) : undefined,
  }
})
