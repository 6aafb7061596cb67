'use strict';
// Stripe test events, signed with the official `stripe` package the way Stripe signs deliveries, and
// posted to a webhook URL on loopback.
const { requireTool } = require('./tools');

const Stripe = requireTool('stripe');
// The client is only used to sign: it never talks to the network.
const stripe = new Stripe('sk_test_dewey_tests_never_sent');

const WEBHOOK_SECRET = 'whsec_dewey_browser_tests_0123456789abcdef';

let counter = 0;

// A paid Checkout Session with its line items expanded in the event (so no Stripe API call is needed).
function checkoutCompleted({ buyer, amount, currency, items = [], message = '' }) {
  counter += 1;
  const unique = `${process.pid}_${Date.now()}_${counter}`;
  return {
    id: `evt_test_${unique}`,
    object: 'event',
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'checkout.session.completed',
    data: {
      object: {
        id: `cs_test_${unique}`,
        object: 'checkout.session',
        mode: 'payment',
        status: 'complete',
        payment_status: 'paid',
        amount_total: amount,
        currency,
        payment_intent: `pi_test_${unique}`,
        customer_details: { name: buyer, email: 'buyer@example.com' },
        custom_fields: message ? [{ key: 'message', type: 'text', text: { value: message } }] : [],
        metadata: {},
        line_items: {
          object: 'list',
          has_more: false,
          data: items.map(([description, quantity], i) => ({
            id: `li_test_${unique}_${i}`,
            object: 'item',
            description,
            quantity,
          })),
        },
      },
    },
  };
}

// Posts the event with a valid Stripe-Signature header; resolves with the HTTP status.
async function deliver(webhookUrl, event, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify(event);
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret });
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
    body: payload,
  });
  const body = await response.text();
  return { status: response.status, body };
}

module.exports = { checkoutCompleted, deliver, stripe, WEBHOOK_SECRET };
