/** Calls back when the device loses or regains its network (online: true/false); returns the unsubscribe. */
export function onNetworkChange(callback: (online: boolean) => void): () => void
