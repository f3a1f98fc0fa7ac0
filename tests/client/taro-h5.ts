// `@tarojs/taro` for client tests: the real H5 implementation, wired to React as the H5 build wires it.
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'
import * as H5 from '@tarojs/taro-h5'
import type TaroApi from '@tarojs/taro'

createH5NativeComponentConfig(null, React, ReactDOM)

// The build merges taro-h5's named APIs into the default `Taro` object; do the same here.
const { default: base, ...apis } = H5 as unknown as { default: object } & Record<string, unknown>
const Taro = Object.assign({}, base, apis) as unknown as typeof TaroApi
// The H5 app starts with the design width of config/index.ts; pxTransform needs it.
Taro.initPxTransform({ designWidth: 750, deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 } })

export * from '@tarojs/plugin-framework-react/dist/runtime'
export default Taro
