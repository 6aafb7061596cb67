#!/usr/bin/env node
// Crash test: a burst of signed Stripe events is sent to `dewey-cli serve` while the server is killed
// with SIGKILL at random moments and restarted. Every event is retried by its sender until it gets a
// 2xx, as Stripe does (re-signed on each attempt). At the end every acknowledged event must be in the
// ledger exactly once, and nothing else.
//
//   DEWEY_CLI=build/app/cli/dewey-cli node tests/crash/kill9-webhooks.js
// Options (environment): DEWEY_CRASH_SEED (reproduce a run), DEWEY_CRASH_EVENTS (default 200).
'use strict';
const {spawn, execFileSync} = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const root = path.resolve(__dirname, '../..');
const Stripe = require(path.join(root, 'tests/node/node_modules/stripe'));
const stripe = new Stripe('sk_test_crash');

const cli = process.env.DEWEY_CLI;
if (!cli || !fs.existsSync(cli)) {
    console.error('FAIL: set DEWEY_CLI to the built dewey-cli');
    process.exit(1);
}
const seed = Number(process.env.DEWEY_CRASH_SEED || Date.now() % 1000000);
const eventCount = Number(process.env.DEWEY_CRASH_EVENTS || 200);
const senders = 8;
const deadline = Date.now() + 55000;
// Progress-driven kills (see the killer below) give about one kill per 25 events; at most 35 events pass between kills.
const minimumKills = Math.max(1, Math.floor(eventCount / 60));
const secret = 'whsec_crash_test_' + seed;

// Small deterministic PRNG (mulberry32), so a seed reproduces the kill schedule.
let state = seed >>> 0;
function random() {
    state = (state + 0x6D2B79F5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-crash-'));
const dataDir = path.join(work, 'data');
const logFile = path.join(work, 'serve.log');
const env = {...process.env,
             DEWEY_STRIPE_WEBHOOK_SECRET: secret,
             DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/dewey-test-bus',
             HOME: path.join(work, 'home')};
delete env.DEWEY_DATA_DIR;

function checkoutEvent(i) {
    const created = Math.floor(Date.now() / 1000);
    return {
        id: `evt_crash_${seed}_${i}`, object: 'event', api_version: '2024-06-20', created, livemode: false,
        type: 'checkout.session.completed', pending_webhooks: 1, request: {id: null, idempotency_key: null},
        data: {object: {id: `cs_test_crash_${seed}_${i}`, object: 'checkout.session', mode: 'payment',
                        amount_total: 100 + i, currency: 'usd', payment_status: 'paid', status: 'complete',
                        payment_intent: `pi_crash_${seed}_${i}`,
                        customer_details: {name: `Buyer ${i}`, email: `buyer${i}@example.com`}}},
    };
}

// The server: started, killed, restarted. `url` is where senders post right now (null while down).
let server = null;
let url = null;
let starts = 0;
let kills = 0;

function startServer() {
    return new Promise((resolve, reject) => {
        starts++;
        const log = fs.openSync(logFile, 'a');
        const child = spawn(cli, ['--data-dir', dataDir, 'serve', '--overlay-port', '0', '--webhook-port', '0'],
                            {env, stdio: ['ignore', 'pipe', log]});
        fs.closeSync(log);
        const lines = readline.createInterface({input: child.stdout});
        const timer = setTimeout(() => reject(new Error('serve did not print its ready line in 20 s')), 20000);
        lines.once('line', (line) => {
            clearTimeout(timer);
            try {
                url = JSON.parse(line).webhookUrl;
            } catch (e) {
                reject(new Error('bad ready line: ' + line));
                return;
            }
            server = child;
            resolve();
        });
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            if (server !== child)
                reject(new Error(`serve exited before it was ready (code ${code}, signal ${signal})`));
        });
    });
}

function killServer() {
    const child = server;
    server = null;
    url = null;
    kills++;
    return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
    });
}

const acknowledged = new Set();
let attempts = 0;
// Events whose first 2xx said "duplicate": recorded by a server that was killed before it answered.
let recordedButUnanswered = 0;

async function deliver(event) {
    const payload = JSON.stringify(event);
    for (;;) {
        if (Date.now() > deadline)
            throw new Error(`event ${event.id} not acknowledged before the deadline`);
        const target = url;
        if (!target) {
            await sleep(10);
            continue;
        }
        attempts++;
        try {
            // Signed anew on every attempt, with the time of the attempt, as Stripe does.
            const header = stripe.webhooks.generateTestHeaderString({payload, secret});
            const response = await fetch(target, {
                method: 'POST', body: payload, signal: AbortSignal.timeout(5000),
                headers: {'content-type': 'application/json; charset=utf-8', 'stripe-signature': header},
            });
            const text = await response.text();
            if (response.status >= 200 && response.status < 300) {
                if (!acknowledged.has(event.id) && text.trim() === 'duplicate')
                    recordedButUnanswered++;
                acknowledged.add(event.id);
                return;
            }
            if (response.status === 400)
                throw new Error(`event ${event.id} refused: 400`);
        } catch (error) {
            if (String(error.message).includes('refused: 400'))
                throw error;
            // Connection refused or reset by the kill: try again shortly, like Stripe (much faster).
        }
        await sleep(5 + random() * 20);
    }
}

async function main() {
    console.log(`seed ${seed}, ${eventCount} events, ${senders} senders, data in ${work}`);
    await startServer();

    // Every tenth event is delivered twice more (Stripe's at-least-once delivery), interleaved.
    const queue = [];
    for (let i = 0; i < eventCount; ++i) {
        queue.push(checkoutEvent(i));
        if (i % 10 === 3)
            queue.push(checkoutEvent(i - 2));
    }
    let next = 0;
    let done = false;
    const sending = Promise.all(Array.from({length: senders}, async () => {
        while (next < queue.length)
            await deliver(queue[next++]);
    })).finally(() => { done = true; });

    // The killer: SIGKILL at random moments, restart at once (the senders keep retrying meanwhile).
    // The moments follow progress, not the wall clock, so a fast machine gets as many crashes as a
    // slow one: after every 10-35 acknowledged events, then 0-20 ms later, in the middle of traffic.
    const killing = (async () => {
        let nextKillAt = 10 + Math.floor(random() * 25);
        while (!done) {
            if (acknowledged.size < nextKillAt || !server) {
                await sleep(1);
                continue;
            }
            await sleep(random() * 20);
            if (done)
                break;
            await killServer();
            await startServer();
            nextKillAt = acknowledged.size + 10 + Math.floor(random() * 25);
        }
    })();

    await sending;
    await killing;
    // One last kill -9 right after the burst: whatever was acknowledged must survive it.
    if (server)
        await killServer();

    const listed = JSON.parse(execFileSync(cli, ['--data-dir', dataDir, 'sales', 'list', '--json'],
                                           {env, stdio: ['ignore', 'pipe', 'pipe']}).toString());
    const counts = new Map();
    for (const sale of listed)
        counts.set(sale.eventId, (counts.get(sale.eventId) || 0) + 1);

    const problems = [];
    for (const id of acknowledged) {
        const n = counts.get(id) || 0;
        if (n !== 1)
            problems.push(`${id}: acknowledged but ${n} times in the ledger`);
    }
    for (const [id, n] of counts) {
        if (!acknowledged.has(id))
            problems.push(`${id}: in the ledger but never acknowledged`);
        if (n !== 1)
            problems.push(`${id}: ${n} sales`);
    }
    if (acknowledged.size !== eventCount)
        problems.push(`${acknowledged.size} of ${eventCount} events acknowledged`);

    console.log(`${acknowledged.size} events acknowledged after ${attempts} attempts; ${kills} kills, ` +
                `${starts} starts; ${recordedButUnanswered} recorded by a server killed before it answered; ` +
                `${listed.length} sales in the ledger`);
    if (kills < minimumKills)
        problems.push(`only ${kills} kills happened: the test did not exercise crashes`);
    if (problems.length) {
        console.error('FAIL (seed ' + seed + '):\n  ' + problems.slice(0, 20).join('\n  '));
        console.error('serve log: ' + logFile);
        process.exit(1);
    }
    fs.rmSync(work, {recursive: true, force: true});
    console.log('OK');
}

main().catch((error) => {
    console.error(`FAIL (seed ${seed}): ${error.message}`);
    console.error('serve log: ' + logFile);
    if (server)
        server.kill('SIGKILL');
    process.exit(1);
});
