import { useEffect } from 'react'
import type { Role } from '@pocket/contract'
import { landingFor, restartAt } from '@/services/session'
import { useSession } from '@/stores/session'

/**
 * For pages only some roles may see: true when the person may stay; otherwise, after render (never
 * during it), a signed-out visitor is sent to sign in and anyone else to their own landing page.
 */
export function useRequireRole(...roles: Role[]): boolean {
  const signedIn = useSession((s) => !!s.accessToken)
  const role = useSession((s) => s.me?.role)
  const allowed = signedIn && !!role && roles.includes(role)
  useEffect(() => {
    if (allowed) return
    restartAt(signedIn && role ? landingFor(role) : 'login')
  }, [allowed, signedIn, role])
  return allowed
}
