'use strict';
// The overlay as OBS shows it, for the README: `dewey-cli serve` on a throwaway data folder, the overlay
// page in headless Chromium, one signed Stripe test sale posted to the webhook port, and the settled
// alert saved over a dark sample "game" background.
// Run: DEWEY_CLI=build/app/cli/dewey-cli node tools/screenshots/overlay.js docs/images/overlay-alert.png
const path = require('path');
const fs = require('fs');

const lib = path.resolve(__dirname, '..', '..', 'tests', 'browser', 'lib');
const { DeweyServe } = require(path.join(lib, 'DeweyServe'));
const { OverlayBrowser } = require(path.join(lib, 'OverlayBrowser'));
const { waitUntilSettled } = require(path.join(lib, 'pageChecks'));
const { checkoutCompleted, deliver, WEBHOOK_SECRET } = require(path.join(lib, 'stripeEvents'));

// Stands in for a dark game scene behind the browser source: the alert's worst case is not this, but
// it is what most streams look like.
const SAMPLE_BACKGROUND =
  'radial-gradient(ellipse at 70% 30%, rgba(94,60,170,.55), rgba(0,0,0,0) 55%),' +
  'radial-gradient(ellipse at 20% 80%, rgba(20,110,140,.45), rgba(0,0,0,0) 50%),' +
  'linear-gradient(180deg, #0d1020 0%, #151a2e 60%, #0a0c16 100%)';

async function main() {
  const output = process.argv[2];
  if (!output) {
    console.error('usage: node tools/screenshots/overlay.js OUTPUT.png');
    return 2;
  }
  const serve = new DeweyServe({
    env: {
      DEWEY_STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      // The event carries its line items, so Stripe's API is never needed (and never reachable).
      DEWEY_STRIPE_API_BASE: 'http://127.0.0.1:9',
    },
  });
  let browser = null;
  try {
    const ready = await serve.start();
    browser = await OverlayBrowser.launch({ probe: false });
    const page = await browser.open(`${ready.overlayUrl}&debug=1`);
    await page.waitForFunction(() => document.getElementById('dewey-debug')?.dataset.state === 'connected');
    const reply = await deliver(
      ready.webhookUrl,
      checkoutCompleted({ buyer: 'Alex Rivera', amount: 6400, currency: 'usd', items: [['Hoodie', 2]] }),
    );
    if (reply.status < 200 || reply.status >= 300)
      throw new Error(`the webhook was answered ${reply.status}: ${reply.body}`);
    await page.locator('#dewey-stage .alert', { hasText: 'Alex' }).waitFor({ state: 'visible' });
    await waitUntilSettled(page);
    // The debug line only told us when the page was live; it is not part of what OBS shows.
    await page.evaluate((background) => {
      document.getElementById('dewey-debug')?.remove();
      document.documentElement.style.background = background;
    }, SAMPLE_BACKGROUND);
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    // The alert and a margin of the scene around it: the whole 1920×1080 frame is mostly background.
    const box = await page.locator('#dewey-stage .alert').first().boundingBox();
    const margin = 60;
    const x = Math.max(0, Math.floor(box.x - margin));
    const y = Math.max(0, Math.floor(box.y - margin));
    const clip = { x, y, width: Math.ceil(box.width + 2 * margin), height: Math.ceil(box.y + box.height + margin - y) };
    await page.screenshot({ path: output, clip });
    console.log(`overlay screenshot written to ${output}`);
    return 0;
  } finally {
    if (browser) await browser.close();
    await serve.stop();
    serve.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`FAIL: ${error.stack || error}`);
    process.exit(1);
  },
);
