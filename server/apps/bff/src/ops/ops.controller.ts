import { Controller, Get, Res } from '@nestjs/common'
import { appOpenApiDocument } from '@pocket/contract'
import type { FastifyReply } from 'fastify'
import { Public } from '../common/auth-user.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'

@Public()
@Controller()
export class OpsController {
  constructor(private readonly dc: DataCenterClient) {}

  @Get('healthz')
  health(): { status: 'ok' } {
    return { status: 'ok' }
  }

  @Get('readyz')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: 'ok' | 'unavailable' }> {
    const ok = await this.dc.ping()
    if (!ok) void reply.status(503)
    return { status: ok ? 'ok' : 'unavailable' }
  }
}

@Public()
@Controller('api')
export class DocsController {
  @Get('docs')
  docs(): Record<string, unknown> {
    return appOpenApiDocument()
  }
}
