'use strict';
// A tiny runner: `node file.test.js [case …]` runs the named cases (all without names), prints one
// PASS/FAIL line each with the reason, and exits non-zero when any failed.
async function runCases(cases) {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in cases));
  if (unknown.length) {
    console.error(`unknown case(s): ${unknown.join(', ')}; known: ${Object.keys(cases).join(', ')}`);
    process.exit(2);
  }
  let failed = 0;
  for (const name of wanted.length ? wanted : Object.keys(cases)) {
    const cleanups = [];
    const t = { defer: (fn) => cleanups.unshift(fn) };
    try {
      await cases[name](t);
      console.log(`PASS ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}: ${error && error.stack ? error.stack : error}`);
    } finally {
      for (const cleanup of cleanups) {
        try {
          await cleanup();
        } catch (error) {
          console.log(`  (cleanup of ${name} failed: ${error.message})`);
        }
      }
    }
  }
  console.log(failed ? `${failed} case(s) failed` : 'all cases passed');
  process.exit(failed ? 1 : 0);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function checkEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

module.exports = { runCases, check, checkEqual };
