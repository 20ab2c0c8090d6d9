#!/usr/bin/env node
/**
 * Finds a Chromium for the browser and end-to-end tests and the benchmarks.
 *
 * Order: `CHROME_PATH` (if set it must work: no silent fallback), then the standard install
 * paths. When none is found on Debian or Ubuntu and we may install packages (root, or
 * passwordless sudo), installs Debian's `chromium` package and says so on stdout.
 *
 * CLI: `node tests/support/find-chromium.mjs [--no-install]` prints the path as its last
 * stdout line, or explains on stderr and exits 1.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Where Chromium (or Chrome) usually lives, most likely first. */
export const standardChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const howToSetPath =
  'Install Chromium (Debian/Ubuntu: `apt-get install chromium`) or point CHROME_PATH at a ' +
  'Chromium or Chrome executable, e.g. `CHROME_PATH=/path/to/chromium npm test`.';

/** Whether a path is an executable file. */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first standard path that holds an executable, or null. */
export function findInstalledChromium(paths = standardChromiumPaths) {
  return paths.find(isExecutable) ?? null;
}

/** Whether this machine runs Debian or a derivative (Ubuntu…), from /etc/os-release. */
export function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

/** How we may run apt-get: directly as root, through passwordless sudo, or not at all. */
export function aptPrefix() {
  if (process.platform !== 'linux') return null;
  if (typeof process.getuid === 'function' && process.getuid() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

function run(prefix, command, args, log) {
  const [exe, ...rest] = [...prefix, command, ...args];
  log(`$ ${[exe, ...rest].join(' ')}`);
  const result = spawnSync(exe, rest, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? 'signal'}).`);
  }
}

/**
 * The path of a usable Chromium. Throws an Error with a message that says how to fix it.
 * @param {{ install?: boolean, log?: (line: string) => void, env?: NodeJS.ProcessEnv }} options
 */
export function findChromium({ install = true, log = console.log, env = process.env } = {}) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} is not an executable file. ${howToSetPath}`);
  }
  const installed = findInstalledChromium();
  if (installed) return installed;

  const prefix = install && isDebianLike() ? aptPrefix() : null;
  if (prefix === null) {
    throw new Error(
      `No Chromium found (looked in ${standardChromiumPaths.join(', ')}). ${howToSetPath}`,
    );
  }
  log("No Chromium found: installing Debian's `chromium` package with apt-get.");
  run(prefix, 'apt-get', ['update'], log);
  run(prefix, 'apt-get', ['install', '-y', 'chromium'], log);
  const afterInstall = findInstalledChromium();
  if (!afterInstall) {
    throw new Error(`apt-get installed chromium but no executable was found. ${howToSetPath}`);
  }
  log(`Installed Chromium at ${afterInstall}.`);
  return afterInstall;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findChromium({ install: !process.argv.includes('--no-install') }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
