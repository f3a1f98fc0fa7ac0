// Sends chat messages open-loop at a steady rate from many sender sockets and times, per
// message, the sender's ack and the receiver's delivery. Used by `npm run bench` against the
// BFFs and against a plain ws relay (the baseline), with the same senders and the same clock.
import { performance } from 'node:perf_hooks'

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/** The middle one of some numbers (the upper middle of an even count). */
export function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b)
  return pct(sorted, 50)
}

/**
 * `senders`: [{ ws, consultationId }]; `receiver`: a socket that gets every message.new.
 * Answers p50/p99 of send→ack and send→delivery, and how many of each never came.
 */
export async function chatLoad({ senders, receiver, rate, seconds, tag }) {
  const sentAt = new Map()
  const acks = []
  const deliveries = []
  let refused = 0
  let expected = 0
  let settle
  const allIn = new Promise((resolve) => (settle = resolve))
  const check = () => {
    if (expected && acks.length + refused >= expected && deliveries.length + refused >= expected) settle()
  }
  const onSender = (raw) => {
    const { event, data } = JSON.parse(String(raw))
    if (event === 'message.failed') refused++
    if (event === 'message.ack' && sentAt.has(data.clientId)) acks.push(performance.now() - sentAt.get(data.clientId))
    check()
  }
  const onReceiver = (raw) => {
    const { event, data } = JSON.parse(String(raw))
    if (event === 'message.new' && sentAt.has(data.clientId))
      deliveries.push(performance.now() - sentAt.get(data.clientId))
    check()
  }
  // This run's listeners only: a warm-up's, left on the sockets, would parse every frame again.
  for (const { ws } of senders) ws.on('message', onSender)
  receiver.on('message', onReceiver)
  const total = rate * seconds
  const started = performance.now()
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 1) await new Promise((r) => setTimeout(r, wait))
    const { ws, consultationId } = senders[i % senders.length]
    const clientId = `${tag}-${String(i).padStart(7, '0')}`
    sentAt.set(clientId, performance.now())
    ws.send(
      JSON.stringify({
        event: 'message.send',
        data: { consultationId, clientId, message: { kind: 'text', text: `第${i}条：请问承包地纠纷怎么处理？` } },
      }),
    )
  }
  expected = total
  check()
  await Promise.race([allIn, new Promise((r) => setTimeout(r, 30_000))])
  for (const { ws } of senders) ws.off('message', onSender)
  receiver.off('message', onReceiver)
  const achieved = total / ((performance.now() - started) / 1000)
  acks.sort((a, b) => a - b)
  deliveries.sort((a, b) => a - b)
  return {
    ackP50: pct(acks, 50),
    ackP99: pct(acks, 99),
    deliveryP50: pct(deliveries, 50),
    deliveryP99: pct(deliveries, 99),
    lost: total - Math.max(acks.length, 0) - refused,
    refused,
    achieved,
  }
}
