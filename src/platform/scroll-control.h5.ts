/**
 * In the browser the list's element is moved directly: Taro's H5 ScrollView puts a `scrollTop`
 * prop back on the element at every render, which would undo each scroll by the reader.
 */
export function useScrollControl(className: string) {
  return {
    props: {},
    scrollTo: (y: number) => {
      const el = document.querySelector<HTMLElement>(`.${className}`)
      if (el) el.scrollTop = y
    },
  }
}
