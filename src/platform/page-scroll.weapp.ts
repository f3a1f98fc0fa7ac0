// The mini-program scrolls its pages itself.
export function usePageScrollReachable(): void {}
