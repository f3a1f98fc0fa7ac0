/** 法治宣传's words in Simplified Chinese, loaded with the subpackage (titles stay shared). */
export const publicityZhCN = {
  'publicity.allTopics': '全部',
  'publicity.topics': '主题',
  'publicity.topic.family': '婚姻家庭',
  'publicity.topic.labour': '劳动用工',
  'publicity.topic.land': '土地承包',
  'publicity.topic.elderly': '老年人',
  'publicity.topic.minors': '未成年人',
  'publicity.topic.fraud': '防范诈骗',
  'publicity.topic.consumer': '消费维权',
  'publicity.topic.lending': '借贷',
  'publicity.none': '这个主题还没有文章',
  'publicity.published': '{date} 发布',
  'publicity.basis': '法律依据',
  'publicity.share': '分享',
  'publicity.askAdviser': '还有疑问？问问法律顾问或拨打12348',
  'publicity.note': '本文为普法宣传，不是针对个人情况的法律意见。',
} as const
