#!/usr/bin/env node
/**
 * `npm start`: serves the built lab on localhost with its headers (COOP/COEP, CSP).
 * Usage: node tests/support/serve.mjs [outDir=dist]   (PORT=4173 by default, HOST=127.0.0.1)
 */
import { startLabServer } from './lab-server.mjs';

const outDir = process.argv[2] ?? 'dist';
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const server = await startLabServer({ outDir, port, host });
console.log(`Lifecycle Lab is served at ${server.url} (Ctrl+C stops it).`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
