'use strict';
// The reference the overlay-page benchmark compares Dewey with: the sale-alert pipeline written the
// usual way in Node — an `http` webhook receiver verifying with the official `stripe` package,
// appending the sale to a JSON-lines ledger and fdatasync'ing it before answering (durable, as Dewey's
// ledger is), formatting the alert with Intl, and pushing it over `ws`
// to the same overlay page (served by the tests' stand-in overlay server, protocol v1). Like Dewey,
// it shows one alert at a time and sends the next one when the page reported `done`.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { StandInServer } = require('../../tests/browser/lib/StandInServer');
const { stripe } = require('../../tests/browser/lib/stripeEvents');

class ReferencePipeline {
  constructor({ secret, durationMs }) {
    this.secret = secret;
    this.durationMs = durationMs;
    this.overlay = new StandInServer();
    this.ledgerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-bench-ref-'));
    this.ledger = path.join(this.ledgerDir, 'sales.jsonl');
    this.queue = [];
    this.current = null;
    this.nextId = 1;
  }

  async start() {
    await this.overlay.start(0);
    this.ledgerFile = await fs.promises.open(this.ledger, 'a');
    // The page's `done` frees the queue for the next alert.
    this.overlay.onMessage = (message) => {
      if (message.type === 'done' && this.current && message.id === this.current.id) {
        this.current = null;
        this.pump();
      }
    };
    this.webhook = http.createServer((req, res) => this.receive(req, res));
    await new Promise((resolve) => this.webhook.listen(0, '127.0.0.1', resolve));
    return {
      overlayUrl: this.overlay.pageUrl(),
      webhookUrl: `http://127.0.0.1:${this.webhook.address().port}/webhooks/stripe`,
    };
  }

  receive(req, res) {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let event;
      try {
        event = stripe.webhooks.constructEvent(body, req.headers['stripe-signature'], this.secret);
      } catch (error) {
        res.writeHead(400).end();
        return;
      }
      const session = event.data.object;
      const buyer = String(session.customer_details?.name || 'Someone').split(/\s+/)[0];
      const items = (session.line_items?.data || []).map((li) => `${li.description} ×${li.quantity}`);
      const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: session.currency.toUpperCase() }).format(
        session.amount_total / 10 ** (['jpy', 'krw'].includes(session.currency) ? 0 : 2),
      );
      this.record({ id: event.id, buyer, items, amount }).then(
        () => {
          res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
          this.enqueue(event, buyer, items, amount);
        },
        () => res.writeHead(500).end(),
      );
    });
  }

  async record(sale) {
    await this.ledgerFile.appendFile(`${JSON.stringify(sale)}\n`);
    await this.ledgerFile.datasync();
  }

  enqueue(event, buyer, items, amount) {
    this.queue.push({
      id: this.nextId++,
      eventId: event.id,
      kind: 'sale',
      buyer,
      items,
      amount,
      message: '',
      durationMs: this.durationMs,
      title: `${buyer} just bought ${items.join(', ')} — ${amount}`,
      text: '',
      sound: '',
    });
    this.pump();
  }

  pump() {
    if (this.current || this.queue.length === 0) return;
    this.current = this.queue.shift();
    this.overlay.sendAlert(this.current);
  }

  async stop() {
    await new Promise((resolve) => this.webhook.close(resolve));
    await this.ledgerFile.close();
    await this.overlay.stop();
    fs.rmSync(this.ledgerDir, { recursive: true, force: true });
  }
}

module.exports = { ReferencePipeline };
