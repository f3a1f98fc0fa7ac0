export const TEST_NODE_ARGS: string[]
