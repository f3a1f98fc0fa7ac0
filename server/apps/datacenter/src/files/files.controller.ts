import { Controller } from '@nestjs/common'
import { dcRoutes, type DcFile, type DcInput, type DcOrphanFiles } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { FilesService } from './files.service.js'

@Controller()
export class FilesController {
  constructor(private readonly service: FilesService) {}

  @Route(dcRoutes.registerFile)
  register(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'registerFile'>): Promise<DcFile> {
    return this.service.register(actor, body)
  }

  @Route(dcRoutes.claimOrphanFiles)
  claimOrphans(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'claimOrphanFiles'>): Promise<DcOrphanFiles> {
    return this.service.claimOrphans(actor, body.limit)
  }

  @Route(dcRoutes.forgetOrphanFiles)
  forgetOrphans(
    @CurrentActor() actor: Actor,
    @Input() { body }: DcInput<'forgetOrphanFiles'>,
  ): Promise<{ forgotten: number }> {
    return this.service.forgetOrphans(actor, body.ids)
  }

  @Route(dcRoutes.file)
  get(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'file'>): Promise<DcFile> {
    return this.service.get(actor, params.id)
  }
}
