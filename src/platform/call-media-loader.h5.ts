// A chunk of its own: the first page loads without the WebRTC code, which comes with the first call.
export const loadCallMedia = () => import(/* webpackChunkName: "lazy-call-media" */ './call-media')
