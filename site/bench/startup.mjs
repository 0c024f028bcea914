// Shows where a fresh browser spends the time between navigation and the first output of
// the benchmark's start-up program (issue #5), on Asobiba's benchmark page (pages/asobiba.html)
// in headless Chromium, with a Chrome trace of each load:
//
//   - the phases, from navigation: the engine's request and response (the Resource Timing of
//     the worker that fetches it), the module compiled and instantiated, the engine's
//     "ready", the first output;
//   - the time of the worker's thread from instantiation to the first output, as wall time
//     and as CPU time, and how much of it went to compiling the engine's functions: Chromium
//     compiles a WebAssembly function only when it is first called (WebAssembly.compile
//     validates the module and compiles nothing), so every function that Go's start-up and
//     the first run call is compiled then, on that thread;
//   - the CPU time of the browser's other threads that compete with it for the processors:
//     validation while the engine downloads, and the optimising compiler, which recompiles
//     the functions that run most;
//   - the functions compiled on first call, by package, before "ready" and during the first run.
//
//   make bench-startup   (or GOFLAGS=-tags=... node site/bench/startup.mjs [--runs 5] [--top 20])
//
// It serves dist/ as make build wrote it. The function names come from a second build with
// the same GOFLAGS that keeps them (bin/bench/engine-symbols.wasm, as wasm-size.mjs does),
// whose code must be the served engine's: the script fails if it is not.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { distDir, launchBrowser, repoRoot, startServer } from "../e2e/harness.mjs";
import { pruneCache, stage } from "./stage.mjs";
import { startup } from "./programs.mjs";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "5" }, top: { type: "string", default: "20" } } });
const runs = Number(args.runs);
const top = Number(args.top);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, not ${args.runs}`);
if (!Number.isInteger(top) || top < 1) fail(`--top must be a positive integer, not ${args.top}`);
const TIMEOUT_MS = 60_000;
const CATEGORIES = ["devtools.timeline", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "disabled-by-default-devtools.timeline", "toplevel"];

const wasmName = readdirSync(distDir).find((f) => /^engine\.[0-9a-f]+\.wasm$/.test(f));
if (!wasmName) fail(`no engine.*.wasm in ${distDir}: run make build`);
const served = readFileSync(join(distDir, wasmName));
const symbolsPath = join(repoRoot, "bin", "bench", "engine-symbols.wasm");
mkdirSync(join(repoRoot, "bin", "bench"), { recursive: true });
execFileSync("go", ["build", "-trimpath", "-o", symbolsPath, "./wasm/playground"], {
  cwd: repoRoot,
  env: { ...process.env, GOOS: "js", GOARCH: "wasm" },
  stdio: "inherit",
});
const symbols = readModule(readFileSync(symbolsPath));
// enginepack appends a start function to the served engine's code (wasm/enginepack).
const servedCode = readModule(served).code;
if (!servedCode.subarray(0, symbols.code.length).equals(symbols.code)) {
  fail(`the code of ${symbolsPath} is not that of dist/${wasmName}: run make build, and give GOFLAGS the Makefile's tags and gcflags`);
}

const out = join(repoRoot, "bin", "bench");
const used = new Set();
await stage({ name: "asobiba", from: distDir, out: join(out, "site"), cache: join(out, "cache"), used });
pruneCache(join(out, "cache"), used);
const server = await startServer(join(out, "site"));
const browser = await launchBrowser();
const loads = [];
try {
  for (let i = 0; i < runs; i++) {
    console.error(`load ${i + 1}/${runs}`);
    loads.push(await load(browser, `${server.url}asobiba/bench.html`));
  }
} finally {
  await browser.close();
  await server.close();
}
report(loads);

/** Loads the benchmark page once in a fresh context, traced, and measures the load. */
async function load(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((bench) => {
    window.BENCH = bench;
  }, { wasm: wasmName, startup: startup.code });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url);
  const result = await page
    .waitForFunction(() => window.bench, null, { timeout: TIMEOUT_MS })
    .then(() => page.evaluate(() => window.bench.startup));
  // The engine's first worker fetches it (site/src/worker.js): its Resource Timing is the
  // worker's, counted from the worker's time origin.
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  let resource;
  for (const worker of page.workers()) {
    resource ??= await worker.evaluate((name) => {
      const e = performance.getEntriesByType("resource").find((r) => r.name.endsWith(name));
      return e && { origin: performance.timeOrigin, startTime: e.startTime, responseStart: e.responseStart, responseEnd: e.responseEnd };
    }, wasmName);
  }
  if (resource) {
    const shift = resource.origin - pageOrigin;
    for (const key of ["startTime", "responseStart", "responseEnd"]) resource[key] += shift;
  }
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  await context.close();
  if (result.error || result.stdout !== startup.expect) fail(`the start-up program failed: ${result.error || JSON.stringify(result.stdout)}`);
  return analyse(trace.traceEvents ?? trace, resource, result);
}

/** Turns one trace into the load's phases (ms from navigation) and its compilation figures. */
function analyse(events, resource, result) {
  const threads = new Map();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const thread = (e) => threads.get(`${e.pid}:${e.tid}`) ?? "";
  const complete = events.filter((e) => e.ph === "X" && e.dur !== undefined);
  // Trace time of navigation: the engine's request was sent at resource.startTime.
  const send = events.find((e) => e.name === "ResourceSendRequest" && e.args?.data?.url?.endsWith(wasmName));
  if (!send || !resource) fail("the trace or Resource Timing lacks the engine's request");
  const zero = send.ts - resource.startTime * 1000;
  const at = (ts) => (ts - zero) / 1000;
  const first = (name) => complete.find((e) => e.name === name);
  const compiled = first("wasm.FinishAsyncCompile") ?? first("wasm.FinishStreaming");
  const instantiate = first("wasm.AsyncInstantiate");
  if (!compiled || !instantiate) fail("the trace has no compilation or instantiation of the engine");
  const worker = complete.filter((e) => e.pid === instantiate.pid && e.tid === instantiate.tid);
  // The worker's tasks from instantiation on: Go's start until "ready", then the "run".
  // (the thread's outermost events, which are its tasks).
  const tasks = outermost(worker.filter((e) => e.ts + e.dur >= instantiate.ts));
  const until = zero + result.firstOutputAt * 1000;
  const ready = zero + result.readyAt * 1000;
  const lazy = worker.filter((e) => e.name === "wasm.CompileLazy" && e.ts >= instantiate.ts && e.ts <= until);
  const size = new Map(complete.filter((e) => e.name === "wasm.CompileBaseline").map((e) => [e.args.funcIndex, e.args.bodySize]));
  const cpu = (list) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000;
  const wall = (list) => list.reduce((sum, e) => sum + e.dur, 0) / 1000;
  const busy = tasks.filter((e) => e.ts <= until);
  const others = (name) => complete.filter((e) => e.name === name && thread(e) !== thread(instantiate));
  return {
    phases: {
      "engine requested": resource.startTime,
      "engine's first byte": resource.responseStart,
      "engine downloaded": resource.responseEnd,
      "module compiled": at(compiled.ts + compiled.dur),
      "instantiated (worker)": at(instantiate.ts + instantiate.dur),
      ready: result.readyAt,
      "first output": result.firstOutputAt,
    },
    worker: {
      "wall, instantiation → first output": result.firstOutputAt - at(instantiate.ts),
      "CPU of its tasks": cpu(busy),
      "CPU compiling functions on first call": cpu(lazy),
      "functions compiled on first call": lazy.length,
      "KB compiled on first call": lazy.reduce((sum, e) => sum + (size.get(e.args.func_index) ?? 0), 0) / 1024,
    },
    others: {
      "validation while downloading (CPU)": cpu(others("wasm.ValidateFunctionsStreaming")),
      "optimising compiler (CPU)": cpu(others("wasm.TopTierCompilation")),
      "optimising compiler (wall, summed over threads)": wall(others("wasm.TopTierCompilation")),
    },
    lazy: lazy.map((e) => ({ index: e.args.func_index, size: size.get(e.args.func_index) ?? 0, cpu: (e.tdur ?? e.dur) / 1000, beforeReady: e.ts < ready })),
  };
}

/** Returns the events, all of one thread, that no other of them contains. */
function outermost(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (!last || e.ts >= last.ts + last.dur) out.push(e);
  }
  return out;
}

/** Prints medians over the loads, and the functions compiled on first call in the last one. */
function report(loads) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const table = (title, key) => {
    console.log(`\n| ${title} | median | min | max |\n|---|---:|---:|---:|`);
    for (const name of Object.keys(loads[0][key])) {
      const values = loads.map((l) => l[key][name]);
      const f = (v) => v.toFixed(0);
      console.log(`| ${name} | ${f(median(values))} | ${f(Math.min(...values))} | ${f(Math.max(...values))} |`);
    }
  };
  console.log(`Start-up of dist/${wasmName} on its benchmark page, ${loads.length} fresh contexts (ms, KB)`);
  table("phase (ms from navigation)", "phases");
  table("worker's thread", "worker");
  table("other threads", "others");
  const last = loads[loads.length - 1].lazy;
  for (const [title, list] of [
    ["compiled on first call before ready", last.filter((f) => f.beforeReady)],
    ["compiled on first call during the first run", last.filter((f) => !f.beforeReady)],
  ]) {
    const byPackage = new Map();
    for (const f of list) {
      const pkg = packageOf(symbols.names.get(f.index) ?? "?");
      const entry = byPackage.get(pkg) ?? { count: 0, size: 0, cpu: 0 };
      entry.count++;
      entry.size += f.size;
      entry.cpu += f.cpu;
      byPackage.set(pkg, entry);
    }
    console.log(`\n| ${title} (last load), by package | functions | KB | CPU ms |\n|---|---:|---:|---:|`);
    for (const [pkg, e] of [...byPackage].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
      console.log(`| ${pkg} | ${e.count} | ${(e.size / 1024).toFixed(1)} | ${e.cpu.toFixed(1)} |`);
    }
    console.log(`\n| largest | KB |\n|---|---:|`);
    for (const f of [...list].sort((a, b) => b.size - a.size).slice(0, Math.ceil(top / 2))) {
      console.log(`| ${symbols.names.get(f.index) ?? f.index} | ${(f.size / 1024).toFixed(1)} |`);
    }
  }
}

/**
 * The package of a Go function name as the name section spells it: the import path with
 * its slashes as underscores ("github.com_asobiba_asobiba_runtime_vm.(*Thread).run"), shown
 * without the module's own prefix.
 */
function packageOf(name) {
  const host = name.match(/^[\w-]+\.(?:com|org|net|io|dev|in)_/)?.[0] ?? "";
  return (host + name.slice(host.length).split(".")[0]).replace("github.com_asobiba_asobiba_", "");
}

/** Reads a module's function bodies (its code section without the count, as one Buffer) and its function names by index. */
function readModule(buf) {
  let pos = 8;
  const leb = () => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
    }
  };
  const str = () => {
    const n = leb();
    pos += n;
    return buf.toString("utf8", pos - n, pos);
  };
  const names = new Map();
  let code = Buffer.alloc(0);
  while (pos < buf.length) {
    const id = buf[pos++];
    const end = leb() + pos;
    if (id === 10) {
      leb(); // the number of functions
      code = buf.subarray(pos, end);
    }
    if (id === 0 && str() === "name") {
      while (pos < end) {
        const sub = buf[pos++];
        const subEnd = leb() + pos;
        if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), str());
        pos = subEnd;
      }
    }
    pos = end;
  }
  return { code, names };
}

function fail(message) {
  console.error(`bench-startup: ${message}`);
  process.exit(1);
}
