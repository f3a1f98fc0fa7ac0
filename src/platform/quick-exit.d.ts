/** Leaves the app at once for somewhere that says nothing about it (快速离开). */
export function leaveApp(): void
