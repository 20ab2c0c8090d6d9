import type { Browser } from 'playwright-core';

/** Command-line flags for every Chromium the tests start. */
export declare const chromiumArgs: readonly string[];
/** Launches Chromium (CHROME_PATH, else a found one) with `chromiumArgs`. */
export declare function launchChromium(): Promise<Browser>;
