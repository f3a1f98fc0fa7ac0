export default definePageConfig({ navigationBarTitleText: '掌上12348', enablePullDownRefresh: true })
