import { Controller } from '@nestjs/common'
import { dcRoutes, type ContentRuleList, type DcInput } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { ContentRulesService } from './content-rules.service.js'

@Controller()
export class ContentRulesController {
  constructor(private readonly rules: ContentRulesService) {}

  @Route(dcRoutes.contentRules)
  list(): Promise<ContentRuleList> {
    return this.rules.list()
  }

  @Route(dcRoutes.putContentRules)
  replace(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'putContentRules'>): Promise<ContentRuleList> {
    return this.rules.replace(actor, body.items)
  }
}
