'use strict';
// End to end, the way a streamer's setup runs: `dewey-cli serve` (real intake, ledger, alert queue
// and overlay server), the overlay page from its resources in headless Chromium, and Stripe test
// events signed with the official `stripe` package posted to the webhook port.
// Run: DEWEY_CLI=build/app/cli/dewey-cli node tests/browser/overlay-e2e.test.js [case …]
const { DeweyServe } = require('./lib/DeweyServe');
const { OverlayBrowser } = require('./lib/OverlayBrowser');
const { runCases, check, checkEqual } = require('./lib/run');
const { waitFor } = require('./lib/wait');
const { checkClean, waitUntilSettled, screenshot } = require('./lib/pageChecks');
const { checkoutCompleted, deliver, WEBHOOK_SECRET } = require('./lib/stripeEvents');

const SERVE_ENV = {
  DEWEY_STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  // No Stripe API in these tests: the events carry their line items.
  DEWEY_STRIPE_API_BASE: 'http://127.0.0.1:9',
};

async function setup(t) {
  const serve = new DeweyServe({ env: SERVE_ENV });
  t.defer(() => serve.cleanup());
  t.defer(() => serve.stop());
  const ready = await serve.start();
  check(ready.ready === true && ready.overlayUrl && ready.webhookUrl, `ready line ${JSON.stringify(ready)}`);
  const browser = await OverlayBrowser.launch();
  t.defer(() => browser.close());
  // ?debug=1 shows the connection state outside the stage, so the test knows when the page is live.
  const page = await browser.open(`${ready.overlayUrl}&debug=1`);
  await waitForConnection(page, 'connected');
  const origin = new URL(ready.overlayUrl).origin;
  return { serve, ready, browser, page, origin };
}

function waitForConnection(page, state) {
  return page.waitForFunction((s) => document.getElementById('dewey-debug')?.dataset.state === s, state);
}

async function sell(ready, sale) {
  const reply = await deliver(ready.webhookUrl, checkoutCompleted(sale));
  check(reply.status >= 200 && reply.status < 300, `the webhook was answered ${reply.status}: ${reply.body}`);
}

function alertWith(page, text) {
  return page.locator('#dewey-stage .alert', { hasText: text });
}

const cases = {
  async saleAlert(t) {
    const env = await setup(t);
    const { ready, page } = env;
    await sell(ready, {
      buyer: 'Alex Doe',
      amount: 6400,
      currency: 'usd',
      items: [['Hoodie', 2]],
      message: 'Love the stream!',
    });
    const card = alertWith(page, 'Alex');
    await card.waitFor({ state: 'visible' });
    const title = await card.locator('.alert__title').innerText();
    for (const part of ['Alex', 'Hoodie', '$64.00'])
      check(title.includes(part), `'${part}' is missing from the title '${title}'`);
    check(!title.includes('Doe'), `the buyer's last name is on stream: '${title}'`);
    checkEqual(await card.locator('.alert__amount').innerText(), '$64.00', 'amount');
    check((await card.innerText()).includes('Love the stream!'), 'the buyer message is not shown');
    await waitUntilSettled(page);
    await screenshot(page, 'overlay-e2e-sale');
    await checkClean(env);
  },

  async hostileNameAndYen(t) {
    const env = await setup(t);
    const { ready, page, browser } = env;
    // No spaces, so the first-name privacy setting keeps all of it; still valid HTML for a parser.
    const buyer = '<img/src=x/onerror=alert(1)>';
    await sell(ready, { buyer, amount: 1200, currency: 'jpy', items: [['Poster', 1]] });
    const card = alertWith(page, '¥1,200');
    await card.waitFor({ state: 'visible' });
    const title = await card.locator('.alert__title').innerText();
    check(title.includes(buyer), `the hostile name is not shown literally: '${title}'`);
    checkEqual(await card.locator('.alert__amount').innerText(), '¥1,200', 'JPY amount');
    check(!/1,?200[.,]\d/.test(title), `the JPY amount got decimals: '${title}'`);
    checkEqual(await page.evaluate(() => document.querySelectorAll('img, iframe, svg').length), 0, 'img/iframe/svg');
    checkEqual(browser.dialogs, [], 'dialogs');
    await checkClean(env);
  },

  async serverRestart(t) {
    const env = await setup(t);
    const { serve, page } = env;
    const ports = {
      overlayPort: Number(new URL(env.ready.overlayUrl).port),
      webhookPort: Number(new URL(env.ready.webhookUrl).port),
    };
    await serve.stop();
    await waitForConnection(page, 'disconnected');
    checkEqual(await page.evaluate(() => document.getElementById('dewey-stage').children.length), 0, 'cards while Dewey is down');

    const ready = await serve.start(ports); // same data folder, same ports, same token
    checkEqual(ready.overlayUrl, env.ready.overlayUrl, 'overlay URL after a restart');
    await waitForConnection(page, 'connected');
    await sell(ready, { buyer: 'Sam', amount: 1500, currency: 'eur', items: [['Mug', 1]] });
    await alertWith(page, 'Sam').waitFor({ state: 'visible' });
    await checkClean(env);
  },

  async obsRestartsWhileDeweyDown(t) {
    // OBS (re)loads the Browser Source while Dewey is not running: the service worker's copy of the
    // page loads, shows nothing, and the page connects when Dewey starts.
    const env = await setup(t);
    const { serve, page } = env;
    const ports = {
      overlayPort: Number(new URL(env.ready.overlayUrl).port),
      webhookPort: Number(new URL(env.ready.webhookUrl).port),
    };
    // The copy must be cached and the service worker active and controlling the page, or a reload
    // goes to the network (OBS would hit the same gap in the first moment after the first load).
    // (Polled with evaluate, which awaits the promise: waitForFunction took the pending promise
    // itself as truthy and went on before the copy existed.)
    await waitFor(
      () => page.evaluate(() => caches.match('/overlay').then((cached) => Boolean(cached))),
      'the service worker to keep a copy of the page',
    );
    await waitFor(
      () => page.evaluate(() => navigator.serviceWorker.controller !== null),
      'the service worker to control the page',
    );
    await serve.stop();
    await page.reload();
    await waitForConnection(page, 'disconnected');
    checkEqual(await page.evaluate(() => document.getElementById('dewey-stage').children.length), 0, 'cards while Dewey is down');

    const ready = await serve.start(ports);
    await waitForConnection(page, 'connected');
    await sell(ready, { buyer: 'Robin', amount: 2500, currency: 'gbp', items: [['Sticker pack', 5]] });
    await alertWith(page, 'Robin').waitFor({ state: 'visible' });
    await checkClean(env);
  },
};

runCases(cases);
