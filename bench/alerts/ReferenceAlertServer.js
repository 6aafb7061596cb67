'use strict';
// The reference the alert-latency benchmark compares Dewey with: the pipeline written the usual way
// in Node — an `http` webhook receiver verifying with the official `stripe` package, appending the
// sale to a JSON-lines ledger and fdatasync'ing it before the 2xx (durable like Dewey's commit, as in
// the webhook benchmark's reference), and a `ws` server pushing the alert to every overlay. Like Dewey it
// shows one alert at a time and sends the next once every overlay reported `done`.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { requireTool } = require('../../tests/browser/lib/tools');
const { stripe } = require('../../tests/browser/lib/stripeEvents');

const { WebSocketServer } = requireTool('ws');

class ReferenceAlertServer {
  constructor({ secret, token = 'reference-token' }) {
    this.secret = secret;
    this.token = token;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-bench-alerts-ref-'));
    this.ledger = path.join(this.dir, 'sales.jsonl');
    this.queue = [];
    this.current = null;
    this.waiting = new Set();
    this.overlays = new Set();
    this.nextId = 1;
  }

  async start() {
    this.ledgerFd = fs.openSync(this.ledger, 'a');
    this.server = http.createServer((req, res) => {
      if (req.method === 'POST' && req.url === '/webhooks/stripe') this.receive(req, res);
      else res.writeHead(404).end();
    });
    this.wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (url.pathname !== '/ws' || url.searchParams.get('token') !== this.token) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws));
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const port = this.server.address().port;
    return {
      wsUrl: `ws://127.0.0.1:${port}/ws?token=${this.token}`,
      webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`,
    };
  }

  attach(ws) {
    ws.on('message', (data) => {
      let message;
      try {
        message = JSON.parse(data);
      } catch (error) {
        ws.close(1007);
        return;
      }
      if (message.type === 'hello') {
        this.overlays.add(ws);
        ws.send(JSON.stringify({ type: 'config', protocol: 1, config: { theme: 'default', customCss: null, volume: 0.8 } }));
        this.pump();
      } else if (message.type === 'done' && this.current && message.id === this.current.id) {
        this.waiting.delete(ws);
        if (this.waiting.size === 0) this.finish();
      }
    });
    ws.on('close', () => {
      this.overlays.delete(ws);
      if (this.waiting.delete(ws) && this.waiting.size === 0) this.finish();
    });
  }

  receive(req, res) {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      let event;
      try {
        event = stripe.webhooks.constructEvent(Buffer.concat(chunks), req.headers['stripe-signature'], this.secret);
      } catch (error) {
        res.writeHead(400).end();
        return;
      }
      const session = event.data.object;
      const buyer = String(session.customer_details?.name || 'Someone').split(/\s+/)[0];
      const items = (session.line_items?.data || []).map((li) => (li.quantity > 1 ? `${li.description} ×${li.quantity}` : li.description));
      const zeroDecimal = ['jpy', 'krw'].includes(session.currency);
      const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: session.currency.toUpperCase() }).format(
        session.amount_total / (zeroDecimal ? 1 : 100),
      );
      fs.writeSync(this.ledgerFd, `${JSON.stringify({ id: event.id, buyer, items, amount })}\n`);
      fs.fdatasyncSync(this.ledgerFd);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
      this.queue.push({
        id: this.nextId++,
        eventId: event.id,
        kind: 'sale',
        buyer,
        items,
        amount,
        message: '',
        durationMs: 8000,
        title: `${buyer} just bought ${items.join(', ')} — ${amount}`,
        text: '',
        sound: '',
        volume: 0.8,
      });
      this.pump();
    });
  }

  pump() {
    if (this.current || this.queue.length === 0 || this.overlays.size === 0) return;
    this.current = this.queue.shift();
    this.waiting = new Set(this.overlays);
    const data = JSON.stringify({ type: 'alert', alert: this.current });
    for (const ws of this.overlays) ws.send(data);
  }

  finish() {
    this.current = null;
    setImmediate(() => this.pump());
  }

  async stop() {
    for (const ws of this.overlays) ws.terminate();
    await new Promise((resolve) => this.server.close(resolve));
    fs.closeSync(this.ledgerFd);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

module.exports = { ReferenceAlertServer };
