/**
 * The call media provider, loaded when a call is answered: H5 fetches its WebRTC code then (it
 * is not part of the first page), the mini-program has it in its main package already.
 */
export function loadCallMedia(): Promise<typeof import('./call-media')>
