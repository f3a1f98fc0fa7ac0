import { zhCN } from '../../../i18n/zh-CN'

// The title before the page sets it in the language in effect (Page's `title`).
export default definePageConfig({ navigationBarTitleText: zhCN['call.title'], disableScroll: true })
