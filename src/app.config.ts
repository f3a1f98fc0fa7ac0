export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index', 'pages/login/index'],
  subPackages: [
    { root: 'packages/profile', pages: ['village/index'] },
    { root: 'packages/workbench', pages: ['index/index'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/profile'] },
    'pages/login/index': { network: 'all', packages: ['packages/workbench'] },
  },
  lazyCodeLoading: 'requiredComponents',
  window: {
    navigationBarBackgroundColor: '#1a5fb4',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '掌上12348',
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    color: '#5c6370',
    selectedColor: '#1a5fb4',
    backgroundColor: '#ffffff',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
})
