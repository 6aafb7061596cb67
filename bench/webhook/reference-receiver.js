#!/usr/bin/env node
// The reference a Node developer would write: node:http, the official stripe package's
// constructEvent on the raw body, and a durable write before answering: the event is appended to a
// file and fdatasync'd (the usual "append-only log" stand-in for a database), then 200.
// Prints {"ready":true,"url":…} on stdout when listening.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');
const Stripe = require(path.join(root, 'tests/node/node_modules/stripe'));
const stripe = new Stripe('sk_test_reference');

const secret = process.env.WEBHOOK_SECRET;
const logPath = process.env.EVENT_LOG;
const seen = new Set(); // idempotency: a redelivered event is acknowledged without a second write

async function main() {
    const log = await fs.promises.open(logPath, 'a');
    const server = http.createServer((request, response) => {
        if (request.method !== 'POST' || request.url !== '/webhooks/stripe') {
            response.writeHead(404).end();
            return;
        }
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', async () => {
            let event;
            try {
                event = stripe.webhooks.constructEvent(Buffer.concat(chunks), request.headers['stripe-signature'],
                                                       secret);
            } catch (error) {
                response.writeHead(400, {'content-type': 'text/plain'}).end(error.message);
                return;
            }
            try {
                if (!seen.has(event.id)) {
                    await log.write(JSON.stringify(event) + '\n');
                    await log.datasync();
                    seen.add(event.id);
                }
                response.writeHead(200, {'content-type': 'text/plain'}).end('ok');
            } catch (error) {
                response.writeHead(500, {'content-type': 'text/plain'}).end('storage failed');
            }
        });
    });
    server.listen(0, '127.0.0.1', () => {
        const {port} = server.address();
        process.stdout.write(JSON.stringify({ready: true, url: `http://127.0.0.1:${port}/webhooks/stripe`}) + '\n');
    });
}

main();
