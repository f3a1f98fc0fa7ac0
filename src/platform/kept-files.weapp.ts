import Taro from '@tarojs/taro'

/** The saved file's own path is the reference: it stays valid across restarts until removed. */
export function keepFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().saveFile({
      tempFilePath: path,
      success: (res) => resolve(res.savedFilePath),
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
