import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type DcWorkbench } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { WorkbenchService } from './workbench.service.js'

@Controller()
export class WorkbenchController {
  constructor(private readonly workbench: WorkbenchService) {}

  @Route(dcRoutes.workbench)
  get(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'workbench'>): Promise<DcWorkbench> {
    return this.workbench.get(actor, params.id)
  }
}
