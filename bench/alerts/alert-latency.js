'use strict';
// Benchmark: a signed Stripe webhook sent → the alert delivered to every connected WebSocket overlay,
// for Dewey (`dewey-cli serve`) and, side by side in the same run, for a Node reference pipeline
// (http + stripe + ws, ReferenceAlertServer.js), with 1 and with 10 overlays. Samples alternate
// between the two pipelines so that machine load affects both alike. Overlays answer `done` at once,
// so every sample finds the queue idle.
//
//   DEWEY_CLI=build/app/cli/dewey-cli node bench/alerts/alert-latency.js [--samples N] [--clients 1,10]
//   or: BENCH_SAMPLES=N cmake --build build --target bench_alerts
const fs = require('fs');
const http = require('http');
const path = require('path');
const { performance } = require('perf_hooks');
const { requireTool } = require('../../tests/browser/lib/tools');
const { DeweyServe } = require('../../tests/browser/lib/DeweyServe');
const { checkoutCompleted, stripe, WEBHOOK_SECRET } = require('../../tests/browser/lib/stripeEvents');
const { ReferenceAlertServer } = require('./ReferenceAlertServer');

const WebSocket = requireTool('ws');

const WARMUP = 10;
const SETTLE_MS = 25; // after the last arrival: lets every `done` and the queue's gap (0 ms) pass before the next webhook
const DEADLINE_MS = 30000;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Signed before the clock starts, and posted with node:http rather than fetch(): with fetch (undici)
// the reference pipeline, which does almost nothing, measured 2.0-2.6 ms p50 without any fsync; with
// node:http 1.5 ms with one. That client time was paid by both pipelines and hid what they do. Keep-alive where the server allows it (the reference does; Dewey answers
// `Connection: close`, so its samples include opening a connection, as Stripe's deliveries may).
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function signed(event) {
  const payload = JSON.stringify(event);
  return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) };
}

function post(url, { payload, signature }) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'stripe-signature': signature,
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString() }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

// N overlays on one pipeline; resolves each sample when all N received the alert carrying the marker.
class Lane {
  constructor(name, urls, clients) {
    this.name = name;
    this.urls = urls;
    this.count = clients;
    this.sockets = [];
    this.samples = [];
    this.pending = null;
  }

  async open() {
    for (let i = 0; i < this.count; i += 1) {
      const ws = new WebSocket(this.urls.wsUrl);
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      ws.on('message', (data) => this.onMessage(ws, data));
      const configured = new Promise((resolve) => ws.once('message', resolve));
      ws.send(JSON.stringify({ type: 'hello', client: 'overlay', version: 1 }));
      await configured;
      this.sockets.push(ws);
    }
  }

  onMessage(ws, data) {
    const at = performance.now();
    const message = JSON.parse(data);
    if (message.type !== 'alert') return;
    if (process.env.BENCH_DEBUG > 1) console.error(this.name, message.alert.id, message.alert.title);
    ws.send(JSON.stringify({ type: 'done', id: message.alert.id }));
    const pending = this.pending;
    if (!pending || !message.alert.title.includes(pending.marker)) return;
    pending.arrivals.push(at);
    if (pending.arrivals.length === this.count) pending.resolve();
  }

  async sample(marker) {
    const arrivals = [];
    const delivered = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: alert ${marker} not delivered within 30 s`)), DEADLINE_MS);
      this.pending = { marker, arrivals, resolve: () => (clearTimeout(timer), resolve()) };
    });
    const delivery = signed(checkoutCompleted({ buyer: marker, amount: 6400, currency: 'usd', items: [['Hoodie', 2]] }));
    const sentAt = performance.now();
    let answeredAt = 0;
    const answered = post(this.urls.webhookUrl, delivery).then((reply) => {
      answeredAt = performance.now();
      return reply;
    });
    const [reply] = await Promise.all([answered, delivered]);
    if (reply.status !== 200) throw new Error(`${this.name}: webhook answered ${reply.status} ${reply.body}`);
    this.pending = null;
    await sleep(SETTLE_MS);
    const last = Math.max(...arrivals);
    return { total: last - sentAt, afterAnswer: last - answeredAt };
  }

  close() {
    for (const ws of this.sockets) ws.terminate();
  }
}

// A unique buyer name of letters only: the privacy filter hides names that look like phone numbers.
function marker(...parts) {
  const letters = (n) => {
    let text = '';
    do {
      text = String.fromCharCode(97 + (n % 26)) + text;
      n = Math.floor(n / 26);
    } while (n > 0);
    return text;
  };
  return `Buyer${parts.map(letters).join('q')}`;
}

function percentile(sorted, p) {
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

function stats(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
}

// total: webhook sent → delivered to every overlay. afterAnswer: the webhook's 2xx received → delivered
// to every overlay, which leaves out the durable intake (Dewey commits the sale to SQLite and waits for
// the disk before answering; the reference appends to a file and fdatasyncs it) and shows the alert path
// itself. It can be negative when the alert overtakes the HTTP answer.
function summary(samples) {
  return {
    n: samples.length,
    ...stats(samples.map((s) => s.total)),
    afterAnswer: stats(samples.map((s) => s.afterAnswer)),
  };
}

async function runRound(clients, samples, pipelines) {
  const lanes = pipelines.map(({ name, urls }) => new Lane(name, urls, clients));
  try {
    for (const lane of lanes) {
      await lane.open();
      for (let i = 0; i < WARMUP; i += 1) await lane.sample(marker(0, clients, lane.name.length, i));
    }
    for (let i = 0; i < samples; i += 1) {
      const order = i % 2 ? lanes.slice().reverse() : lanes;
      for (const lane of order) lane.samples.push(await lane.sample(marker(1, clients, lane.name.length, i)));
    }
  } finally {
    for (const lane of lanes) lane.close();
  }
  return Object.fromEntries(lanes.map((lane) => [lane.name, summary(lane.samples)]));
}

async function main() {
  const samples = Number(option('samples', process.env.BENCH_SAMPLES || '200'));
  const clientCounts = option('clients', '1,10').split(',').map(Number);
  const serve = new DeweyServe({
    env: { DEWEY_STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, DEWEY_STRIPE_API_BASE: 'http://127.0.0.1:9' },
  });
  const reference = new ReferenceAlertServer({ secret: WEBHOOK_SECRET });
  const rounds = {};
  try {
    fs.mkdirSync(serve.dataDir, { recursive: true });
    fs.writeFileSync(path.join(serve.dataDir, 'settings.ini'), '[alerts]\ngapMs=0\n');
    const ready = await serve.start();
    const overlay = new URL(ready.overlayUrl);
    const dewey = {
      wsUrl: `ws://127.0.0.1:${overlay.port}/ws?token=${overlay.searchParams.get('token')}`,
      webhookUrl: ready.webhookUrl,
    };
    const pipelines = [
      { name: 'dewey', urls: dewey },
      { name: 'node reference', urls: await reference.start() },
    ];
    for (const clients of clientCounts) {
      process.stderr.write(`${clients} overlay(s): ${samples} samples per pipeline…\n`);
      rounds[clients] = await runRound(clients, samples, pipelines);
    }
  } catch (error) {
    if (process.env.BENCH_DEBUG) console.error(serve.stderr.split('\n').slice(-60).join('\n'));
    throw error;
  } finally {
    agent.destroy();
    await reference.stop().catch(() => {});
    await serve.stop().catch(() => {});
    serve.cleanup();
  }

  const fmt = (v) => v.toFixed(2);
  console.log(`webhook sent → alert delivered to every WebSocket overlay (loopback), ${samples} samples per cell`);
  console.log('| overlays | pipeline | sent → delivered p50 ms | p99 ms | max ms | answered → delivered p50 ms | p99 ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [clients, results] of Object.entries(rounds)) {
    for (const [name, r] of Object.entries(results)) {
      console.log(
        `| ${clients} | ${name} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${fmt(r.afterAnswer.p50)} | ${fmt(r.afterAnswer.p99)} |`,
      );
    }
  }
  for (const [clients, results] of Object.entries(rounds)) {
    const ref = results['node reference'];
    const dewey = results.dewey;
    console.log(
      `${clients} overlay(s): reference/dewey p50 ${(ref.p50 / dewey.p50).toFixed(2)}×, p99 ${(ref.p99 / dewey.p99).toFixed(2)}× (above 1: Dewey is faster)`,
    );
  }
  console.log(JSON.stringify({ samples, rounds }));
}

main().catch((error) => {
  console.error(`benchmark failed: ${error.stack || error}`);
  process.exit(1);
});
