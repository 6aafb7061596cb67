'use strict';
// Waiting on conditions, never on time: a condition is polled until it holds or a generous
// deadline passes (the deadline only decides how long a broken build takes to fail).
const DEFAULT_DEADLINE_MS = 30000;

async function waitFor(condition, what, deadlineMs = DEFAULT_DEADLINE_MS) {
  const end = Date.now() + deadlineMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > end) throw new Error(`timed out after ${deadlineMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

module.exports = { waitFor, DEFAULT_DEADLINE_MS };
