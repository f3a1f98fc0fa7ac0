#!/usr/bin/env node
// The baseline of the chat bench: a plain `ws` relay, nothing else. A sender's frame
// {event: 'message.send', data: {clientId, …}} is acked to the sender and forwarded to every
// socket that connected with ?role=receiver, as the BFF does without the data center, the bus or
// any check. Prints `READY relay <url>` like the servers.
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'

const server = createServer()
const wss = new WebSocketServer({ server, perMessageDeflate: false })
const receivers = new Set()
wss.on('connection', (ws, req) => {
  if (req.url?.includes('role=receiver')) {
    receivers.add(ws)
    ws.on('close', () => receivers.delete(ws))
    return
  }
  ws.on('message', (raw) => {
    const frame = JSON.parse(String(raw))
    const { clientId } = frame.data
    // Both carry the message, as the BFF's ack and delivery do.
    const message = { clientId, body: frame.data.message }
    ws.send(JSON.stringify({ event: 'message.ack', data: { clientId, seq: 0, message } }))
    const out = JSON.stringify({ event: 'message.new', data: message })
    for (const r of receivers) r.send(out)
  })
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY relay http://127.0.0.1:${server.address().port}\n`)
})
process.on('SIGTERM', () => process.exit(0))
