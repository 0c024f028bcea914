// Measures the browser engine in headless Chromium (make bench-browser): how long the page
// takes to load the engine, and how long a few programs take to run inside the worker,
// timed on the page from the "run" message to "done" (no output pane involved).
//
//   node site/bench/browser.mjs [--runs 5]
//
// A program that does not exit with status 0 is reported with its stderr, not a time.
import { parseArgs } from "node:util";
import { launchBrowser, startServer } from "../e2e/harness.mjs";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(args.runs);

const programs = {
  "fib(25)": `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib(25)
`,
  "for i in range(10**6): s += i*i": `s = 0
for i in range(10**6):
    s += i * i
`,
  "10k tasks x 2 sleep(0), gather": `import asyncio


async def task():
    await asyncio.sleep(0)
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(task() for _ in range(10_000)))


asyncio.run(main())
`,
  "print 100,000 lines": `for i in range(100000):
    print(i)
`,
};

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto(server.url);
  await page.waitForSelector("body[data-engine=ready]", { timeout: 60_000 });
  const loadMs = Date.now() - started;
  const wasm = await page.evaluate(() => {
    const entry = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
    return { url: entry.name, transfer: entry.encodedBodySize, size: entry.decodedBodySize };
  });
  console.log(`engine: ${wasm.size} bytes, ${wasm.transfer} bytes transferred; page ready after ${loadMs} ms`);

  const results = await page.evaluate(
    async ({ url, programs, runs }) => {
      const module = await WebAssembly.compileStreaming(fetch(url));
      const worker = new Worker("worker.js");
      const spawnStart = performance.now();
      await new Promise((resolve) => {
        worker.onmessage = (e) => e.data.type === "ready" && resolve();
        worker.postMessage({ type: "init", module });
      });
      const spawnMs = performance.now() - spawnStart;
      const out = { spawnMs, programs: [] };
      let id = 0;
      for (const [name, code] of Object.entries(programs)) {
        const times = [];
        let failure = null;
        for (let i = 0; i < runs && !failure; i++) {
          const runId = ++id;
          let stderr = "";
          const t0 = performance.now();
          const done = await new Promise((resolve) => {
            worker.onmessage = ({ data }) => {
              if (data.id !== runId) return;
              if (data.type === "events") {
                for (const ev of data.events) if (ev.kind === "stderr") stderr += ev.data;
              } else if (data.type === "done" || data.type === "error") {
                resolve(data);
              }
            };
            worker.postMessage({ type: "run", id: runId, code, stdin: "" });
          });
          times.push(performance.now() - t0);
          if (done.type === "error" || done.exitStatus !== 0) failure = done.message || stderr.trim() || `exit ${done.exitStatus}`;
        }
        times.sort((a, b) => a - b);
        out.programs.push({ name, median: times[times.length >> 1], min: times[0], failure });
      }
      worker.terminate();
      return out;
    },
    { url: wasm.url, programs, runs },
  );

  console.log(`new worker from the compiled module: ${results.spawnMs.toFixed(0)} ms`);
  console.log(`${"program".padEnd(34)} ${"median".padStart(10)} ${"min".padStart(10)}`);
  for (const p of results.programs) {
    if (p.failure) {
      console.log(`${p.name.padEnd(34)} failed: ${p.failure}`);
    } else {
      console.log(`${p.name.padEnd(34)} ${`${p.median.toFixed(1)} ms`.padStart(10)} ${`${p.min.toFixed(1)} ms`.padStart(10)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
