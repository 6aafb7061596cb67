#!/usr/bin/env node
// Benchmark: signed, durable webhook intake. Dewey (request guard, QHttpServer, signature check, event
// mapping, group-committed SQLite transaction with synchronous=FULL, then 200) side by side with a
// Node reference (reference-receiver.js: http + stripe.webhooks.constructEvent + an fdatasync'd
// append), driven by the same load generator in the same run, alternating rounds. Dewey runs twice:
// the receiver alone (bench_webhook_receiver, like for like) and the whole `dewey-cli serve`, which
// also writes each sale's alert to its queue. Reports throughput, latency and the ratios to Node.
//
//   DEWEY_CLI=build/app/cli/dewey-cli DEWEY_BENCH_RECEIVER=build/bench/webhook/bench_webhook_receiver \
//       node bench/webhook/webhook-intake.js
//   (or: cmake --build build --target bench_webhook)
// Environment: BENCH_REQUESTS (per measured round, default 2000), BENCH_CONCURRENCY (default 8),
// BENCH_ROUNDS (measured rounds per receiver, default 3).
'use strict';
const {spawn} = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const readline = require('readline');

const root = path.resolve(__dirname, '../..');
const Stripe = require(path.join(root, 'tests/node/node_modules/stripe'));
const stripe = new Stripe('sk_test_bench');

const cli = process.env.DEWEY_CLI;
const receiverHost = process.env.DEWEY_BENCH_RECEIVER;
if (!cli || !fs.existsSync(cli) || !receiverHost || !fs.existsSync(receiverHost)) {
    console.error('set DEWEY_CLI and DEWEY_BENCH_RECEIVER to the built dewey-cli and bench_webhook_receiver');
    process.exit(1);
}
const requests = Number(process.env.BENCH_REQUESTS || 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY || 8);
const rounds = Number(process.env.BENCH_ROUNDS || 3);
const warmup = Math.min(300, requests);
const secret = 'whsec_bench_' + Date.now();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-bench-webhook-'));

function startProcess(command, args, env) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'ignore']});
        const lines = readline.createInterface({input: child.stdout});
        const timer = setTimeout(() => reject(new Error(`${command} did not get ready`)), 30000);
        lines.once('line', (line) => {
            clearTimeout(timer);
            const ready = JSON.parse(line);
            resolve({child, url: ready.webhookUrl || ready.url});
        });
        child.once('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
    });
}

let sequence = 0;
function signedEvents(count) {
    const events = [];
    for (let i = 0; i < count; ++i) {
        const n = sequence++;
        const payload = JSON.stringify({
            id: `evt_bench_${n}`, object: 'event', api_version: '2024-06-20', livemode: false,
            created: Math.floor(Date.now() / 1000), type: 'checkout.session.completed', pending_webhooks: 1,
            request: {id: null, idempotency_key: null},
            data: {object: {id: `cs_test_bench_${n}`, object: 'checkout.session', mode: 'payment',
                            amount_total: 6400, currency: 'usd', payment_status: 'paid', status: 'complete',
                            payment_intent: `pi_bench_${n}`,
                            customer_details: {name: 'Alex Johnson', email: 'alex@example.com'},
                            custom_fields: [{key: 'message', type: 'text', text: {value: 'Love the stream!'}}]}},
        });
        events.push({payload, header: stripe.webhooks.generateTestHeaderString({payload, secret})});
    }
    return events;
}

function post(agent, url, event) {
    return new Promise((resolve) => {
        const started = process.hrtime.bigint();
        const request = http.request(url, {
            method: 'POST', agent,
            headers: {'content-type': 'application/json; charset=utf-8', 'stripe-signature': event.header,
                      'content-length': Buffer.byteLength(event.payload)},
        }, (response) => {
            response.resume();
            response.on('end', () => resolve({status: response.statusCode,
                                              ms: Number(process.hrtime.bigint() - started) / 1e6}));
        });
        request.on('error', () => resolve({status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6}));
        request.end(event.payload);
    });
}

async function round(url, count) {
    const events = signedEvents(count);
    const agent = new http.Agent({keepAlive: true, maxSockets: concurrency});
    const latencies = [];
    let failures = 0;
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({length: concurrency}, async () => {
        while (next < events.length) {
            const result = await post(agent, url, events[next++]);
            latencies.push(result.ms);
            if (result.status !== 200)
                failures++;
        }
    }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    agent.destroy();
    return {throughput: count / seconds, latencies, failures};
}

function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
}

function summary(results) {
    const throughputs = results.map((r) => r.throughput).sort((a, b) => a - b);
    const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
    return {
        throughput: throughputs[Math.floor(throughputs.length / 2)], // median round
        p50: percentile(latencies, 50), p99: percentile(latencies, 99),
        failures: results.reduce((sum, r) => sum + r.failures, 0),
    };
}

async function main() {
    const quiet = {DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/dewey-bench-bus', HOME: path.join(work, 'home'),
                   DEWEY_STRIPE_WEBHOOK_SECRET: secret};
    const receivers = [
        {name: 'Dewey receiver (bench_webhook_receiver)',
         ...await startProcess(receiverHost, [path.join(work, 'receiver')], quiet)},
        {name: 'Dewey app (dewey-cli serve, + alert queue)',
         ...await startProcess(cli, ['--data-dir', path.join(work, 'serve'), 'serve', '--overlay-port', '0',
                                     '--webhook-port', '0'],
                               {...quiet, QT_LOGGING_RULES: 'dewey.*.info=false'})},
        {name: 'Node reference (http + stripe + fdatasync)',
         ...await startProcess(process.execPath, [path.join(__dirname, 'reference-receiver.js')],
                               {WEBHOOK_SECRET: secret, EVENT_LOG: path.join(work, 'reference-events.log')})},
    ];
    try {
        for (const receiver of receivers)
            await round(receiver.url, warmup);
        const results = receivers.map(() => []);
        for (let i = 0; i < rounds; ++i) {
            for (let r = 0; r < receivers.length; ++r)
                results[r].push(await round(receivers[r].url, requests));
        }
        const summaries = results.map(summary);
        const node = summaries[summaries.length - 1];
        const cpu = os.cpus()[0] ? os.cpus()[0].model : 'unknown CPU';
        console.log(`\nSigned, durable webhook intake: ${rounds} rounds × ${requests} requests per receiver, ` +
                    `${concurrency} concurrent connections, loopback`);
        console.log(`${os.cpus().length} × ${cpu}, ${os.platform()} ${os.release()}, node ${process.version}, ` +
                    `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
        console.log('| receiver | throughput (req/s, median round) | p50 latency (ms) | p99 latency (ms) | ' +
                    'throughput vs Node | failures |');
        console.log('|---|---:|---:|---:|---:|---:|');
        summaries.forEach((s, r) => {
            console.log(`| ${receivers[r].name} | ${s.throughput.toFixed(0)} | ${s.p50.toFixed(2)} | ` +
                        `${s.p99.toFixed(2)} | ×${(s.throughput / node.throughput).toFixed(2)} | ${s.failures} |`);
        });
        if (summaries.some((s) => s.failures))
            process.exitCode = 1;
    } finally {
        for (const receiver of receivers)
            receiver.child.kill('SIGTERM');
    }
}

main().catch((error) => {
    console.error('benchmark failed: ' + error.message);
    process.exit(1);
});
