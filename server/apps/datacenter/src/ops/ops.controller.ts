import { Controller, Get } from '@nestjs/common'
import { datacenterOpenApiDocument } from '@pocket/contract'

/** Outside the signed API: health for the load balancer, and the OpenAPI document. */
@Controller('dc')
export class OpsController {
  @Get('docs')
  docs(): Record<string, unknown> {
    return datacenterOpenApiDocument()
  }

  @Get('healthz')
  health(): { status: 'ok' } {
    return { status: 'ok' }
  }
}
