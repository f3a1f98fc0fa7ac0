// What a screen reader says for a control or a picture, on both builds. The mini-program reads
// `ariaLabel`; Taro's H5 draws a wrapper element around the native <input>, <textarea> or <img>
// that a screen reader (and axe) meets, and `nativeProps` is what reaches that native element.

/** The accessible name of a form control (an input, a text area, a switch). */
export function named(label: string) {
  return { ariaLabel: label, nativeProps: { 'aria-label': label } }
}

/** A picture's text alternative; '' marks a picture that only decorates (the text beside it says it all). */
export function described(alt: string) {
  return { ariaLabel: alt || undefined, nativeProps: { alt } }
}
