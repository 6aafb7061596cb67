'use strict';
// Benchmark: Stripe webhook sent → alert text painted in the overlay page in headless Chromium, for
// Dewey (`dewey-cli serve`) and, side by side in the same run, for a Node reference pipeline
// (http + stripe + ws, ReferencePipeline.js) driving the very same page. Samples alternate between
// the two so that machine load affects both alike.
//
//   DEWEY_CLI=build/app/cli/dewey-cli node bench/overlay-page/overlay-page-latency.js [--samples N]
//                                                                            [--only dewey|reference]
//   or: BENCH_SAMPLES=N cmake --build build --target bench_overlay_page
//
// "Painted" is the first moment after the frame that put the card on screen (a task posted from
// requestAnimationFrame, which runs once that frame is done). Page and benchmark clocks are aligned
// by the round trip with the smallest delay before measuring.
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { DeweyServe } = require('../../tests/browser/lib/DeweyServe');
const { OverlayBrowser } = require('../../tests/browser/lib/OverlayBrowser');
const { checkoutCompleted, deliver, WEBHOOK_SECRET } = require('../../tests/browser/lib/stripeEvents');
const { ReferencePipeline } = require('./ReferencePipeline');

const DURATION_MS = 1000; // the shortest alert Dewey allows: keeps the run short
const SETTLE_MS = 100; // after a card left: lets `done` reach the queue before the next webhook
const WARMUP = 3;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs in the page: reports each alert card when it was painted and when it left.
function paintProbe() {
  const report = (node, added) => {
    if (!(node instanceof Element) || !node.classList.contains('alert')) return;
    const text = node.textContent;
    if (!added) {
      window.benchGone(text);
      return;
    }
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.benchPainted(text, performance.timeOrigin + performance.now());
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => report(node, true));
      record.removedNodes.forEach((node) => report(node, false));
    }
  }).observe(document, { childList: true, subtree: true });
}

class Lane {
  constructor(name, urls) {
    this.name = name;
    this.urls = urls;
    this.samples = []; // webhook sent → alert painted
    this.answered = []; // webhook sent → HTTP answer received (the intake's share)
    this.waiters = [];
  }

  async open() {
    this.browser = await OverlayBrowser.launch({ probe: false });
    await this.browser.context.exposeFunction('benchPainted', (text, at) => this.notify({ kind: 'painted', text, at }));
    await this.browser.context.exposeFunction('benchGone', (text) => this.notify({ kind: 'gone', text }));
    await this.browser.context.addInitScript(paintProbe);
    this.page = await this.browser.open(this.urls.overlayUrl);
  }

  notify(event) {
    for (const waiter of this.waiters.slice()) {
      if (waiter.kind === event.kind && event.text.includes(waiter.marker)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  }

  waitFor(kind, marker) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no '${kind}' for ${marker} within 30 s`)), 30000);
      this.waiters.push({ kind, marker, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  // page clock − benchmark clock, from the round trip with the least delay.
  async calibrate() {
    let best = { rtt: Infinity, offset: 0 };
    for (let i = 0; i < 40; i += 1) {
      const before = now();
      const pageTime = await this.page.evaluate(() => performance.timeOrigin + performance.now());
      const after = now();
      if (after - before < best.rtt) best = { rtt: after - before, offset: pageTime - (before + after) / 2 };
    }
    this.offset = best.offset;
    this.clockError = best.rtt / 2;
  }

  // One sale: returns { painted, answered } in ms after the webhook was sent.
  async sample(marker) {
    const painted = this.waitFor('painted', marker);
    const gone = this.waitFor('gone', marker);
    const event = checkoutCompleted({ buyer: marker, amount: 6400, currency: 'usd', items: [['Hoodie', 2]] });
    const sentAt = now();
    const reply = await deliver(this.urls.webhookUrl, event);
    const answeredAt = now();
    if (reply.status !== 200) throw new Error(`${this.name}: webhook answered ${reply.status} ${reply.body}`);
    const { at } = await painted;
    await gone;
    await sleep(SETTLE_MS);
    return { painted: at - this.offset - sentAt, answered: answeredAt - sentAt };
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
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

async function main() {
  const samples = Number(option('samples', process.env.BENCH_SAMPLES || '100'));
  const only = option('only', '');
  const cleanups = [];
  const lanes = [];
  try {
    if (only !== 'reference') {
      const serve = new DeweyServe({ env: { DEWEY_STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, DEWEY_STRIPE_API_BASE: 'http://127.0.0.1:9' } });
      cleanups.push(() => serve.cleanup(), () => serve.stop());
      fs.mkdirSync(serve.dataDir, { recursive: true });
      fs.writeFileSync(path.join(serve.dataDir, 'settings.ini'), `[alerts]\ndurationMs=${DURATION_MS}\ngapMs=0\n`);
      lanes.push(new Lane('dewey', await serve.start()));
    }
    if (only !== 'dewey') {
      const reference = new ReferencePipeline({ secret: WEBHOOK_SECRET, durationMs: DURATION_MS });
      cleanups.push(() => reference.stop());
      lanes.push(new Lane('node reference', await reference.start()));
    }
    for (const lane of lanes) {
      cleanups.push(() => lane.browser && lane.browser.close());
      await lane.open();
      for (let i = 0; i < WARMUP; i += 1) await lane.sample(`Warmup${lane.name.length}x${i}`);
      await lane.calibrate();
    }
    for (let i = 0; i < samples; i += 1) {
      // Alternate which lane goes first.
      const order = i % 2 ? lanes.slice().reverse() : lanes;
      for (const lane of order) {
        const { painted, answered } = await lane.sample(`Buyer${lane.name.length}n${i}`);
        lane.samples.push(painted);
        lane.answered.push(answered);
      }
      if ((i + 1) % 10 === 0) process.stderr.write(`${i + 1}/${samples}\n`);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  }

  const results = Object.fromEntries(
    lanes.map((lane) => [lane.name, { ...summary(lane.samples), answeredP50: summary(lane.answered).p50 }]),
  );
  const fmt = (v) => v.toFixed(1);
  console.log(`webhook sent → alert painted in the overlay page (headless Chromium), ${samples} samples each`);
  console.log('| pipeline | p50 ms | p95 ms | p99 ms | max ms | webhook answered, p50 ms | clock alignment ± ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const lane of lanes) {
    const r = results[lane.name];
    console.log(
      `| ${lane.name} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${fmt(r.answeredP50)} | ${lane.clockError.toFixed(2)} |`,
    );
  }
  if (results.dewey && results['node reference']) {
    const ref = results['node reference'];
    const dewey = results.dewey;
    console.log(
      `ratio reference/dewey: p50 ${(ref.p50 / dewey.p50).toFixed(2)}×, p99 ${(ref.p99 / dewey.p99).toFixed(2)}× (above 1: Dewey is faster)`,
    );
  }
  console.log(JSON.stringify({ samples, results }));
}

main().catch((error) => {
  console.error(`benchmark failed: ${error.stack || error}`);
  process.exit(1);
});
