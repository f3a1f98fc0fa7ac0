import { Inject, Injectable } from '@nestjs/common'
import {
  dcRoutes,
  type Callback,
  type CallbackBody,
  type CallbackClose,
  type CallbackList,
  type CallbackState,
} from '@pocket/contract'
import { smsCodeHash } from '../auth/sms-code.js'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'

/** 12348 热线回拨: residents ask, the desk's staff take and close the tasks. The data center decides. */
@Injectable()
export class CallbacksService {
  constructor(
    private readonly dc: DataCenterClient,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  /** The SMS code that confirms another phone goes on as its keyed hash, as at sign-in. */
  request(user: AuthUser, { code, ...body }: CallbackBody): Promise<Callback> {
    const codeHash = code && body.phone ? smsCodeHash(this.config.JWT_SECRET, body.phone, code) : undefined
    return this.dc.call(dcRoutes.requestCallback, { actor: actorOf(user), body: { ...body, codeHash } })
  }

  list(user: AuthUser, query: { state: CallbackState }): Promise<CallbackList> {
    return this.dc.call(dcRoutes.callbacks, { actor: actorOf(user), query })
  }

  take(user: AuthUser, number: string): Promise<Callback> {
    return this.dc.call(dcRoutes.takeCallback, { actor: actorOf(user), params: { number } })
  }

  close(user: AuthUser, number: string, body: CallbackClose): Promise<Callback> {
    return this.dc.call(dcRoutes.closeCallback, { actor: actorOf(user), params: { number }, body })
  }
}
