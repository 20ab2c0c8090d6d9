#!/usr/bin/env node
/**
 * `npm test`: the whole gate.
 *   1. find Chromium (CHROME_PATH, standard paths, or install Debian's package) for children;
 *   2. `npm run check` (svelte-check, tsc, eslint, prettier);
 *   3. build the lab (`vite build`) for the end-to-end tests;
 *   4. one `vitest run` over every project (unit, storage, workers, browser, e2e), default
 *      reporter on the console and a JSON report in test-results/vitest.json.
 * The last line is the plain total of all suites together: `N passed, N failed[, N skipped]`.
 * A failed check or build counts as one failure each. Exits non-zero if anything failed or if
 * no test ran.
 *
 * Options: --no-check, --no-build (for a quick local loop); anything else goes to vitest,
 * e.g. `npm test -- --no-check --project unit`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { repoRoot } from './lab-server.mjs';

const args = process.argv.slice(2);
const skipCheck = args.includes('--no-check');
const skipBuild = args.includes('--no-build');
const vitestArgs = args.filter((arg) => arg !== '--no-check' && arg !== '--no-build');
const reportFile = join(repoRoot, 'test-results', 'vitest.json');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Gate steps outside Vitest that failed (each counts as one failure in the total). */
const failedSteps = [];

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

/** Runs a command with inherited output; resolves to its exit code. */
function run(command, commandArgs, env = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, commandArgs, {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolvePromise(127);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

async function step(name, command, commandArgs, env) {
  heading(name);
  const started = Date.now();
  const code = await run(command, commandArgs, env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    console.log(`${name}: ok (${seconds} s)`);
  } else {
    console.log(`${name}: FAILED (exit ${code}, ${seconds} s)`);
    failedSteps.push(name);
  }
  return code === 0;
}

/** Counts from Vitest's JSON report; file-level failures (import errors…) count as failures. */
function readCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let brokenFiles = 0;
  for (const result of report.testResults ?? []) {
    const failedInFile = (result.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (result.status === 'failed' && failedInFile.length === 0) {
      brokenFiles += 1;
      console.log(`FAILED to run: ${result.name}${result.message ? `\n  ${result.message}` : ''}`);
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

heading('Chromium');
try {
  process.env.CHROME_PATH = findChromium();
  console.log(`CHROME_PATH=${process.env.CHROME_PATH}`);
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
  failedSteps.push('find Chromium');
}

if (!skipCheck) await step('npm run check', npm, ['run', '--silent', 'check']);
if (!skipBuild) {
  await step('vite build', process.execPath, [
    join(repoRoot, 'node_modules/vite/bin/vite.js'),
    'build',
  ]);
}

heading('vitest run (unit, storage, workers, browser, e2e)');
mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
rmSync(reportFile, { force: true });
const vitestCode = await run(
  process.execPath,
  [
    join(repoRoot, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...vitestArgs,
  ],
  { TZ: 'UTC' },
);

let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  counts = readCounts(reportFile);
} catch (error) {
  console.log(`No readable Vitest report (${error instanceof Error ? error.message : error}).`);
}
if (vitestCode !== 0 && counts.failed === 0) {
  // Unhandled errors, a crashed worker pool or a bad config: Vitest failed without a failing test.
  console.log(
    `vitest exited with code ${vitestCode} without a failing test: counted as a failure.`,
  );
  counts.failed += 1;
}
counts.failed += failedSteps.length;

heading('Summary');
if (failedSteps.length > 0) console.log(`Failed gate steps: ${failedSteps.join(', ')}`);
if (counts.passed + counts.failed === 0) console.log('No test ran: that is a failure.');
const ok = counts.failed === 0 && counts.passed > 0;
process.exitCode = ok ? 0 : 1;
console.log(
  `${counts.passed} passed, ${counts.failed} failed` +
    (counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''),
);
