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
const path = require('path');
const { performance } = require('perf_hooks');
const { requireTool } = require('../../tests/browser/lib/tools');
const { DeweyServe } = require('../../tests/browser/lib/DeweyServe');
const { checkoutCompleted, deliver, WEBHOOK_SECRET } = require('../../tests/browser/lib/stripeEvents');
const { ReferenceAlertServer } = require('./ReferenceAlertServer');

const WebSocket = requireTool('ws');

const WARMUP = 10;
const SETTLE_MS = 5; // after the last `done`: lets the queue's gap (0 ms) pass before the next webhook
const DEADLINE_MS = 30000;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
    const event = checkoutCompleted({ buyer: marker, amount: 6400, currency: 'usd', items: [['Hoodie', 2]] });
    const sentAt = performance.now();
    const [reply] = await Promise.all([deliver(this.urls.webhookUrl, event), delivered]);
    if (reply.status !== 200) throw new Error(`${this.name}: webhook answered ${reply.status} ${reply.body}`);
    this.pending = null;
    await sleep(SETTLE_MS);
    return Math.max(...arrivals) - sentAt;
  }

  close() {
    for (const ws of this.sockets) ws.terminate();
  }
}

function percentile(sorted, p) {
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

function summary(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
}

async function runRound(clients, samples, pipelines) {
  const lanes = pipelines.map(({ name, urls }) => new Lane(name, urls, clients));
  try {
    for (const lane of lanes) {
      await lane.open();
      for (let i = 0; i < WARMUP; i += 1) await lane.sample(`Warm${clients}x${lane.name.length}x${i}`);
    }
    for (let i = 0; i < samples; i += 1) {
      const order = i % 2 ? lanes.slice().reverse() : lanes;
      for (const lane of order) lane.samples.push(await lane.sample(`Buyer${clients}x${lane.name.length}x${i}`));
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
  } finally {
    await reference.stop().catch(() => {});
    await serve.stop().catch(() => {});
    serve.cleanup();
  }

  const fmt = (v) => v.toFixed(2);
  console.log(`webhook sent → alert delivered to every WebSocket overlay (loopback), ${samples} samples per cell`);
  console.log('| overlays | pipeline | p50 ms | p99 ms | max ms |');
  console.log('|---|---|---|---|---|');
  for (const [clients, results] of Object.entries(rounds)) {
    for (const [name, r] of Object.entries(results))
      console.log(`| ${clients} | ${name} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} |`);
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
