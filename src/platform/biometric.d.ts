/** The phone's own way to confirm it is its owner: a fingerprint or the face; null where there is none. */
export type BiometricKind = 'fingerPrint' | 'facial'

/** What the phone offers and has enrolled (the mini-program's SOTER); always null in H5. */
export function biometricKind(): Promise<BiometricKind | null>

/** Asks the phone to confirm its owner; true when it did. */
export function confirmOwner(kind: BiometricKind, reason: string): Promise<boolean>
