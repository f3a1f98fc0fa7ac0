// Modules the client test shim reaches into that ship no types.
declare module '@tarojs/plugin-framework-react/dist/runtime'
declare module 'react-dom'
declare module '@tarojs/taro-h5'
