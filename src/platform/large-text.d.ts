/** Whether the person has asked the system for large text (WeChat's font size setting). */
export function prefersLargeText(): boolean
