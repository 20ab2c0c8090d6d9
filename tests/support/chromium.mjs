/**
 * How the tests and benchmarks launch Chromium: headless, no sandbox (containers), no
 * background traffic, WebGPU on the SwiftShader software adapter and WebGL through ANGLE's
 * SwiftShader, so all four TensorFlow.js backends exist on a machine without a GPU.
 */
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

/** Command-line flags for every Chromium the tests start. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
  '--use-angle=swiftshader',
];

/** Launches Chromium (CHROME_PATH, else a found one) with `chromiumArgs`. */
export async function launchChromium() {
  const executablePath = process.env.CHROME_PATH || findChromium({ install: false });
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
