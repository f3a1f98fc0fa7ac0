/** Where the phone is, when the person allows it; null when they do not (or it cannot tell). */
export function currentPosition(): Promise<{ lat: number; lng: number } | null>
