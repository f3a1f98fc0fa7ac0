export const SERVER_BUNDLES: { readonly datacenter: string; readonly bff: string }
export function bundleServers(root: string): Promise<void>
