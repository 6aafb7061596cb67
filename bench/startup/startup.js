#!/usr/bin/env node
// bench_startup: how long `dewey` takes from exec to its main window being mapped on the X server,
// and what it costs once idle (resident memory, CPU), against a small Qt Widgets tray app started
// the same way in the same run (rounds alternate, so machine load hits both alike).
// Run through the build target (it starts Xvfb): cmake --build build --target bench_startup
// Environment: BENCH_ROUNDS (default 15), BENCH_IDLE_SECONDS (default 10).
'use strict';
const { spawn, execFile } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const dewey = process.env.DEWEY_GUI;
const reference = process.env.DEWEY_BENCH_REFERENCE;
const rounds = Number(process.env.BENCH_ROUNDS || 15);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS || 10);
const ticksPerSecond = 100; // USER_HZ on Linux

function fail(message) {
  console.error(`bench_startup: ${message}`);
  process.exit(1);
}
if (!process.env.DISPLAY) fail('no DISPLAY: run it through the bench_startup target (xvfb-run)');
for (const [name, file] of [['DEWEY_GUI', dewey], ['DEWEY_BENCH_REFERENCE', reference]])
  if (!file || !fs.existsSync(file)) fail(`${name} must point at the built executable`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// True once a window with this exact title is mapped (viewable) on the display.
function windowMapped(title) {
  return new Promise((resolve) => {
    execFile('xwininfo', ['-name', title], (error, stdout) => resolve(!error && /Map State: IsViewable/.test(stdout)));
  });
}

function procStatus(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number((status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm')) || [])[1] || 0);
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { rssKb: kb('VmRSS'), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

// A streamer's second start: the data folder exists, the setup guide was done, ports are free.
async function prepareDewey(root) {
  const data = path.join(root, 'data');
  fs.mkdirSync(data, { recursive: true });
  const [overlayPort, webhookPort] = [await freePort(), await freePort()];
  fs.writeFileSync(
    path.join(data, 'settings.ini'),
    `[app]\nfirstRunCompleted=true\n\n[overlay]\nport=${overlayPort}\n\n[webhook]\nport=${webhookPort}\n`,
  );
  return data;
}

async function measure(kind, root, data) {
  const env = {
    ...process.env,
    HOME: path.join(root, 'home'),
    QT_QPA_PLATFORM: 'xcb',
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/dewey-bench-bus',
    DEWEY_OPENAI_API_KEY: '',
  };
  delete env.DEWEY_DATA_DIR;
  const [program, args, title] =
    kind === 'dewey' ? [dewey, ['--data-dir', data], 'Dewey'] : [reference, [], 'Startup reference'];
  const started = process.hrtime.bigint();
  const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  const deadline = Date.now() + 20000;
  while (!(await windowMapped(title))) {
    if (exited) fail(`${kind} exited (${JSON.stringify(exited)}) before its window appeared:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      fail(`${kind}'s window did not appear in 20 s:\n${stderr}`);
    }
  }
  const startMs = Number(process.hrtime.bigint() - started) / 1e6;
  await sleep(3000); // let start-up work (servers, first paint, lazy loads) settle
  const before = procStatus(child.pid);
  await sleep(idleSeconds * 1000);
  const after = procStatus(child.pid);
  child.kill('SIGTERM');
  await new Promise((resolve) => (exited ? resolve() : child.once('exit', resolve)));
  return {
    startMs,
    rssMb: after.rssKb / 1024,
    idleCpuPercent: ((after.cpuTicks - before.cpuTicks) / ticksPerSecond / idleSeconds) * 100,
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// xvfb-run can hand over before the X server accepts clients: wait until it answers.
async function waitForDisplay() {
  const deadline = Date.now() + 15000;
  for (;;) {
    const up = await new Promise((resolve) => execFile('xwininfo', ['-root'], (error) => resolve(!error)));
    if (up) return;
    if (Date.now() > deadline) fail(`the X server at ${process.env.DISPLAY} does not answer`);
    await sleep(100);
  }
}

async function main() {
  await waitForDisplay();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-bench-startup-'));
  const data = await prepareDewey(root);
  // One unmeasured start each: Dewey creates its database, both warm the page cache.
  await measure('dewey', root, data);
  await measure('reference', root, data);
  const results = { dewey: [], reference: [] };
  for (let round = 0; round < rounds; ++round) {
    for (const kind of round % 2 ? ['reference', 'dewey'] : ['dewey', 'reference']) {
      const r = await measure(kind, root, data);
      results[kind].push(r);
      process.stdout.write(
        `round ${round + 1}/${rounds} ${kind}: ${r.startMs.toFixed(0)} ms, ${r.rssMb.toFixed(1)} MB, ` +
          `${r.idleCpuPercent.toFixed(2)}% CPU idle\n`,
      );
    }
  }
  const summary = (kind) => {
    const list = results[kind];
    return {
      p50: percentile(list.map((r) => r.startMs), 50),
      p95: percentile(list.map((r) => r.startMs), 95),
      rss: percentile(list.map((r) => r.rssMb), 50),
      cpu: Math.max(...list.map((r) => r.idleCpuPercent)),
    };
  };
  const d = summary('dewey');
  const ref = summary('reference');
  console.log(`\n| what | Dewey | reference | Dewey / reference |`);
  console.log(`|---|---|---|---|`);
  console.log(`| exec → main window mapped, p50 | ${d.p50.toFixed(0)} ms | ${ref.p50.toFixed(0)} ms | ${(d.p50 / ref.p50).toFixed(2)}× |`);
  console.log(`| exec → main window mapped, p95 | ${d.p95.toFixed(0)} ms | ${ref.p95.toFixed(0)} ms | ${(d.p95 / ref.p95).toFixed(2)}× |`);
  console.log(`| resident memory when idle (median) | ${d.rss.toFixed(1)} MB | ${ref.rss.toFixed(1)} MB | ${(d.rss / ref.rss).toFixed(2)}× |`);
  console.log(`| CPU while idle for ${idleSeconds} s (worst round) | ${d.cpu.toFixed(2)} % | ${ref.cpu.toFixed(2)} % | |`);
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch((error) => fail(error.stack || String(error)));
