'use strict';
// The Node packages of the tests live in tests/node (npm ci --prefix tests/node); these scripts sit
// beside it, so they load them from there explicitly.
const path = require('path');
const { createRequire } = require('module');

const nodeDir = path.resolve(__dirname, '..', '..', 'node');
const requireFromTools = createRequire(path.join(nodeDir, 'package.json'));

function requireTool(name) {
  try {
    return requireFromTools(name);
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND') {
      console.error(`FAIL: the Node package '${name}' is missing: run  npm ci --prefix tests/node`);
      process.exit(1);
    }
    throw error;
  }
}

const sourceDir = process.env.DEWEY_TEST_SOURCE_DIR || path.resolve(__dirname, '..', '..', '..');
const artifactDir = process.env.DEWEY_ARTIFACT_DIR || path.join(sourceDir, 'test-artifacts');

module.exports = { requireTool, sourceDir, artifactDir, webDir: path.join(sourceDir, 'overlay', 'web') };
