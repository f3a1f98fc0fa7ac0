import type { NoticeTemplates } from './templates.js'

/**
 * What SMS and subscribe messages say, in Simplified Chinese. `{item}`, `{place}`, `{when}` and
 * `{number}` are the notice's values; a provider sends its own approved copy of each SMS template,
 * and this is what that copy reads (and what the console driver prints).
 */
export const zhCN: NoticeTemplates = {
  signature: '【掌上12348】',
  loginCode: '您的验证码：{code}（{minutes}分钟内有效）',
  sms: {
    booking_confirmed: '您已预约{place}的“{item}”，时间{when}，统一编号{number}。',
    booking_cancelled: '您预约的“{item}”（{when}，{place}）已取消，统一编号{number}。',
    booking_rescheduled: '您预约的“{item}”已改至{when}，地点{place}，统一编号{number}。',
    booking_reminder: '提醒：您预约的“{item}”将于{when}在{place}办理，请携带所需材料准时到场。统一编号{number}。',
    legal_aid_accepted: '您的法律援助申请已由{place}受理，将尽快指派承办人，统一编号{number}。',
    legal_aid_rejected: '您的法律援助申请{place}决定不予受理，理由请打开“掌上12348”查看，统一编号{number}。',
    legal_aid_assigned: '您的法律援助申请已指派承办人，请打开“掌上12348”查看，统一编号{number}。',
    legal_aid_closed: '您的法律援助案件已办结，欢迎打开“掌上12348”评价，统一编号{number}。',
    complaint_answered: '您的投诉已由{place}答复，请打开“掌上12348”查看，可评价或申请复核，统一编号{number}。',
    video_booked: '{item}预约了与您的视频咨询，时间{when}，统一编号{number}。',
    video_cancelled: '{item}取消了{when}的视频咨询，统一编号{number}。',
    video_rescheduled: '{item}的视频咨询已改至{when}，统一编号{number}。',
    video_reminder: '提醒：{item}的视频咨询将于{when}开始，请提前打开“掌上12348”进入视频咨询。统一编号{number}。',
    consult_reply: '{item}老师回复了您的法律咨询，请打开“掌上12348”查看。',
    consult_question: '{place}的{item}给您发来法律咨询，请及时打开“掌上12348”工作台答复。',
    call_missed: '您有一个来自{item}的未接来电，请打开“掌上12348”查看并回电。',
  },
  status: {
    booking_confirmed: '预约成功',
    booking_cancelled: '已取消',
    booking_rescheduled: '已改约',
    booking_reminder: '即将开始',
    legal_aid_accepted: '已受理',
    legal_aid_rejected: '不予受理',
    legal_aid_assigned: '已指派',
    legal_aid_closed: '已办结',
    complaint_answered: '已答复',
    video_booked: '新的预约',
    video_cancelled: '已取消',
    video_rescheduled: '已改约',
    video_reminder: '即将开始',
    consult_reply: '顾问已回复',
    consult_question: '居民咨询',
    call_missed: '未接来电',
  },
  kindName: { legal_aid: '法律援助申请', complaint: '投诉' },
  discreet: { sms: '您有一条新通知，请打开微信查看。', item: '新通知', status: '有更新', action: '点击查看' },
  consultAction: {
    consult_reply: '顾问已回复，点击查看',
    consult_question: '居民发来咨询，请及时答复',
    call_missed: '未接来电，点击回电',
  },
}
