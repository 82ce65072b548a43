// load.mjs URL CONCURRENCY MAX_SECONDS OUT — the cluster test's own small load loop (Node, no dependencies).
// CONCURRENCY workers send GET URL one after another until SIGTERM/SIGINT or MAX_SECONDS, each request from
// its own loopback address (127.1.x.y, so an anonymous client's rate limit is never what stops it) on a new
// connection. Every request is one line in OUT: start_ms end_ms outcome upstream, where outcome is the HTTP
// status or the error code (ECONNRESET: cut off in flight; ECONNREFUSED: never accepted).
import http from 'node:http';
import fs from 'node:fs';

const [url, concurrencyArg, secondsArg, out] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const deadline = Date.now() + Number(secondsArg) * 1000;
const lines = [];
let next = Math.floor(Math.random() * 60000);
let running = true;

function address() {
  next = (next + 1) % 65000;
  return `127.1.${Math.floor(next / 250)}.${(next % 250) + 1}`;
}

function once() {
  return new Promise((resolve) => {
    const start = Date.now();
    const done = (outcome, upstream) => {
      lines.push(`${start} ${Date.now()} ${outcome} ${(upstream || '-').replace(/ /g, '')}`);
      resolve();
    };
    const request = http.get(url, { localAddress: address(), agent: false, timeout: 30000 }, (response) => {
      response.on('data', () => {});
      response.on('end', () => done(response.statusCode, response.headers['x-upstream']));
      response.on('error', (error) => done(error.code || 'ERROR', response.headers['x-upstream']));
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.on('error', (error) => done(error.code || 'ERROR'));
  });
}

async function worker() {
  while (running && Date.now() < deadline) {
    await once();
    if (!lines.length || !/ 2\d\d /.test(lines[lines.length - 1])) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function finish() {
  fs.writeFileSync(out, lines.join('\n') + (lines.length ? '\n' : ''));
}

process.on('SIGTERM', () => { running = false; });
process.on('SIGINT', () => { running = false; });
await Promise.all(Array.from({ length: concurrency }, worker));
finish();
