import { canonicalString } from '@pocket/contract'
import { sha256Hex, signatureMatches, signRequest } from './signing.js'

const req = {
  method: 'post',
  path: '/dc/v1/sessions?x=1',
  timestamp: '1795300000',
  nonce: 'n-1',
  bodySha256: sha256Hex('{"a":1}'),
  actor: 'account:42',
  role: 'resident',
}

describe('request signing shared by the BFF and the data center', () => {
  it('covers method, path with query, time, nonce, body, actor and role', () => {
    expect(canonicalString(req).split('\n')).toEqual([
      'POST',
      '/dc/v1/sessions?x=1',
      '1795300000',
      'n-1',
      sha256Hex('{"a":1}'),
      'account:42',
      'resident',
    ])
  })

  it('accepts the right signature and rejects any change to a signed field', () => {
    const sig = signRequest('s'.repeat(32), req)
    expect(signatureMatches('s'.repeat(32), req, sig)).toBe(true)
    for (const change of [
      { actor: 'account:43' },
      { role: 'staff' },
      { bodySha256: sha256Hex('{"a":2}') },
      { path: '/dc/v1/sessions' },
    ]) {
      expect(signatureMatches('s'.repeat(32), { ...req, ...change }, sig)).toBe(false)
    }
    expect(signatureMatches('t'.repeat(32), req, sig)).toBe(false)
    expect(signatureMatches('s'.repeat(32), req, 'short')).toBe(false)
  })
})
