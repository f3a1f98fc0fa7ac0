import * as media from './call-media'

// A mini-program has no script loading: the provider ships in the main package.
export const loadCallMedia = () => Promise.resolve(media)
