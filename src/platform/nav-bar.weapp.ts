// WeChat draws and labels its own navigation bar.
export function labelNavigationBar(_labels: { back: string; home: string }): void {}
