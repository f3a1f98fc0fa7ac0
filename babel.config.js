// babel-preset-taro builds the client and transforms client tests (it targets Node when NODE_ENV=test).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
