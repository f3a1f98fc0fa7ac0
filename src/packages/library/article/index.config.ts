import { zhCN } from '../../../i18n/zh-CN'

// A share card (weapp): the article's citation and this page.
export default definePageConfig({ navigationBarTitleText: zhCN['library.articleTitle'], enableShareAppMessage: true })
