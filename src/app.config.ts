import { zhCN } from './i18n/zh-CN'
import { appPages, PAGE } from './pages'

export default defineAppConfig({
  pages: appPages.pages,
  subPackages: appPages.subPackages,
  preloadRule: {
    ...appPages.preload('home', 'profile', 'booking', 'library'),
    ...appPages.preload('mine', 'requests'),
    ...appPages.preload('login', 'workbench'),
  },
  lazyCodeLoading: 'requiredComponents',
  // The booking page may sort offices by distance, on a tap, with the person's consent.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: zhCN['location.why'] } },
  window: {
    // The mini-program's own bar; in H5 Taro draws the same bar (title, back or home) from this.
    navigationStyle: 'default',
    navigationBarBackgroundColor: '#1a5fb4',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: zhCN['app.name'],
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    color: '#5c6370',
    selectedColor: '#1a5fb4',
    backgroundColor: '#ffffff',
    list: [
      {
        pagePath: PAGE.home.slice(1),
        text: zhCN['tab.home'],
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: PAGE.mine.slice(1),
        text: zhCN['tab.mine'],
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
})
