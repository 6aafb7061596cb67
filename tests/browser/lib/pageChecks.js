'use strict';
// Checks and artifacts shared by the page tests and the end-to-end tests.
const fs = require('fs');
const path = require('path');
const { checkEqual } = require('./run');
const { artifactDir } = require('./tools');

// Nothing a streamer would be embarrassed by happened behind the scenes.
async function checkClean({ server, browser, origin = server.origin }) {
  checkEqual(browser.dialogs, [], 'dialogs opened by the page');
  // Chromium itself logs a console error for every refused WebSocket, and for a service worker
  // registration whose script fetch failed, when the server went down at that moment: the page
  // handles both, cannot prevent the log line, and viewers never see it.
  const browserNoise = [/WebSocket connection to '.*' failed/, /An unknown error occurred when fetching the script/];
  const errors = browser.errors.filter((e) => !browserNoise.some((noise) => noise.test(e)));
  checkEqual(errors, [], 'script and console errors');
  checkEqual((await browser.probe()).violations, [], 'Content-Security-Policy violations');
  checkEqual(browser.foreignRequests(origin), [], 'requests to other origins');
}

// Waits until the alert's entrance (animations shorter than 5 s: not the countdown bar) is over.
async function waitUntilSettled(page) {
  await page.waitForFunction(() => {
    const card = document.querySelector('#dewey-stage .alert');
    return (
      card &&
      card.getAnimations({ subtree: true }).every((a) => {
        const end = a.effect.getComputedTiming().endTime;
        return end >= 5000 || a.playState === 'finished';
      })
    );
  });
}

async function screenshot(page, name) {
  fs.mkdirSync(artifactDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactDir, `${name}.png`), omitBackground: true });
  // The same frame over bright, busy "footage": the worst case for readability.
  await page.evaluate(() => {
    document.documentElement.style.background =
      'linear-gradient(160deg, rgba(255,255,255,.85), rgba(0,0,0,0) 40%),' +
      'repeating-linear-gradient(35deg, #2f9e44 0 90px, #fcc419 90px 150px, #1c7ed6 150px 260px, #f8f9fa 260px 300px)';
  });
  await page.screenshot({ path: path.join(artifactDir, `${name}-on-footage.png`) });
  await page.evaluate(() => {
    document.documentElement.style.background = '';
  });
}

module.exports = { checkClean, waitUntilSettled, screenshot };
