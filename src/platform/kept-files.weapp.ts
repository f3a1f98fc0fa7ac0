import Taro from '@tarojs/taro'

/**
 * saveFile moves the temp file (its temp path is no longer valid); the saved file's path is both
 * the reference and the path from now on, valid across restarts until removed.
 */
export function keepFile(path: string): Promise<{ ref: string; path: string }> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().saveFile({
      tempFilePath: path,
      success: (res) => resolve({ ref: res.savedFilePath, path: res.savedFilePath }),
      fail: (err) => reject(new Error(err.errMsg)),
    })
  })
}

export function openKept(ref: string): Promise<string | null> {
  return new Promise((resolve) => {
    Taro.getFileSystemManager().access({ path: ref, success: () => resolve(ref), fail: () => resolve(null) })
  })
}

export function dropKept(ref: string): Promise<void> {
  return new Promise((resolve) => {
    Taro.getFileSystemManager().unlink({ filePath: ref, complete: () => resolve() })
  })
}
