// babel-preset-taro builds the client and transforms client tests (it targets Node when NODE_ENV=test).
// The builds render with Preact (config/index.ts); the client tests run the same components on React,
// which @testing-library/react drives. No hot refresh in development (it would need prefresh).
module.exports = {
  presets: [
    [
      'taro',
      { framework: process.env.NODE_ENV === 'test' ? 'react' : 'preact', ts: true, compiler: 'webpack5', hot: false },
    ],
  ],
}
