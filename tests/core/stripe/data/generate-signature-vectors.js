#!/usr/bin/env node
// Regenerates signature-vectors.json with the official stripe npm package, so the C++ verifier is
// checked against Stripe's own code rather than against itself.
//   node tests/core/stripe/data/generate-signature-vectors.js          (writes the file)
//   node tests/core/stripe/data/generate-signature-vectors.js --check  (exit 1 if it differs)
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../../../..');
const Stripe = require(path.join(root, 'tests/node/node_modules/stripe'));
const stripe = new Stripe('sk_test_signature_vectors');

const cases = [
    {name: 'checkout event', secret: 'whsec_test_secret_1234567890abcdef', timestamp: 1700000000,
     payload: '{"id":"evt_1","object":"event","type":"checkout.session.completed"}'},
    {name: 'unicode body', secret: 'whsec_ünïcødé', timestamp: 1712345678,
     payload: '{"id":"evt_2","data":{"object":{"customer_details":{"name":"Zoë 山田"}}}}'},
    {name: 'pretty printed body', secret: 'whsec_pretty', timestamp: 1600000000,
     payload: '{\n  "id": "evt_3",\n  "object": "event"\n}\n'},
    {name: 'short secret without prefix', secret: 'x', timestamp: 1, payload: 'a'},
];

const vectors = cases.map((c) => ({
    name: c.name,
    secret: c.secret,
    timestamp: c.timestamp,
    payload: c.payload,
    header: stripe.webhooks.generateTestHeaderString({payload: c.payload, secret: c.secret, timestamp: c.timestamp}),
}));

// The vectors must also pass Stripe's own verification, or they prove nothing.
for (const v of vectors) {
    const receivedAt = v.timestamp; // no clock dependency
    stripe.webhooks.signature.verifyHeader(v.payload, v.header, v.secret, 300, undefined, receivedAt);
}

const file = path.join(__dirname, 'signature-vectors.json');
const text = JSON.stringify({generatedBy: `stripe@${require(path.join(root, 'tests/node/node_modules/stripe/package.json')).version}`,
                             vectors}, null, 2) + '\n';
if (process.argv.includes('--check')) {
    const committed = JSON.parse(fs.readFileSync(file, 'utf8'));
    const fresh = JSON.parse(text);
    const differ = JSON.stringify(committed.vectors) !== JSON.stringify(fresh.vectors);
    if (differ) {
        console.error('FAIL: signature-vectors.json differs from what the stripe package generates now.');
        console.error('Regenerate it with: node tests/core/stripe/data/generate-signature-vectors.js');
        process.exit(1);
    }
    console.log(`OK: ${vectors.length} vectors match the stripe package`);
} else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${vectors.length} vectors to ${file}`);
}
