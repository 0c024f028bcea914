// Compares Asobiba's browser engine with Pyodide and MicroPython's WebAssembly port in one
// headless Chromium, in one run (make bench-browser), and prints a Markdown table:
//
//   - the bytes the browser downloads before the first run can start, as transferred and as
//     raw, gzip and brotli sizes computed here with node:zlib;
//   - navigation → engine ready, and navigation → first output of a small asyncio.gather
//     program (each repetition in a fresh browser context, so nothing is cached);
//   - the same on a repeat visit: the page loaded again in a context that has loaded it
//     once and then waited REVISIT_PAUSE_MS, as a learner moving to the next lesson does.
//     The engine then comes from the HTTP cache, and Chromium's compiled code for it from
//     V8's code cache, which Chromium writes once the optimising compiler has been idle
//     for a while (2 s, V8's --wasm-caching-timeout-ms);
//   - fib(25), a 10**6-step loop, 10,000 tasks under one gather, and 100,000 printed lines,
//     timed on the page around each run once the engine has started.
//
//   node site/bench/browser.mjs [--runs 3]
//
// Every engine is served by `asobiba serve` from bin/bench/site/, one folder each: dist/ for
// Asobiba, the npm packages pyodide and @micropython/micropython-webassembly-pyscript for the
// others (no CDN), all precompressed alike (stage.mjs). Each folder gets a small benchmark
// page (pages/) that loads the engine and runs programs. A missing package, an engine that
// does not start and a program whose output is wrong all end the script with status 1.
// Asobiba runs in a Web Worker, as on the playground, so its times include the messages to
// and from the worker; Pyodide and MicroPython run on the page's own thread. Asobiba's page
// loads the engine only; the playground page with its editor is timed on a line of its own.
// What makes the engine big: site/bench/wasm-size.mjs.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { distDir, launchBrowser, repoRoot, startServer } from "../e2e/harness.mjs";
import { forTopLevelAwait, programs, startup } from "./programs.mjs";
import { pruneCache, stage } from "./stage.mjs";
import { formatReport } from "./report.mjs";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, not ${args.runs}`);

// MicroPython's defaults (a 1 MB heap, a Python stack of 2048 words) cannot hold 10,000 tasks
// in one gather call.
const MICROPYTHON_HEAP = 64 * 1024 * 1024;
const MICROPYTHON_PYSTACK = 64 * 1024;
const TIMEOUT_MS = 120_000;
// How long a context waits after its first visit before the repeat visit (see above).
const REVISIT_PAUSE_MS = 3_000;
// Files of the benchmark pages themselves, not counted as the engine's.
const HARNESS_FILES = new Set(["bench.html", "bench.js"]);

try {
  await main();
} catch (err) {
  fail(err.message);
}

async function main() {
  const engines = findEngines();
  const out = join(repoRoot, "bin", "bench");
  const cache = join(out, "cache");
  const used = new Set();
  for (const engine of engines) {
    engine.sizes = await stage({ name: engine.name, from: engine.from, out: join(out, "site"), cache, used });
  }
  pruneCache(cache, used);

  const server = await startServer(join(out, "site"));
  const browser = await launchBrowser();
  const failures = [];
  try {
    await measureStartup(browser, server.url, engines, failures);
    await measurePrograms(engines, failures);
    await measureRevisit(browser, server.url, engines, failures);
    const playground = await measurePlayground(browser, server.url, failures);
    const environment = {
      chromium: browser.version(),
      node: process.version,
      cpu: `${os.cpus()[0].model} × ${os.cpus().length}`,
      load: os.loadavg()[0].toFixed(1),
    };
    console.log(formatReport({ engines, playground, environment, runs, programs, revisitPauseMs: REVISIT_PAUSE_MS }));
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures.length > 0) fail(`${failures.length} measurement(s) failed:\n  ${failures.join("\n  ")}`);
}

/** Describes the three engines, failing when a package or the build is missing. */
function findEngines() {
  if (!existsSync(distDir)) throw new Error(`${distDir} is missing: run make build`);
  const wasm = readdirSync(distDir).find((f) => /^engine\.[0-9a-f]+\.wasm$/.test(f));
  if (!wasm) throw new Error(`no engine.*.wasm in ${distDir}: run make build`);
  const pyodide = npmPackage("pyodide");
  const micropython = npmPackage("@micropython/micropython-webassembly-pyscript");
  return [
    { name: "asobiba", title: "Asobiba", from: distDir, build: goBuild(join(distDir, wasm)), page: { wasm }, code: (c) => c },
    { name: "pyodide", title: `Pyodide ${pyodide.version}`, from: pyodide.dir, page: {}, code: forTopLevelAwait },
    {
      name: "micropython",
      title: `MicroPython ${micropython.version}`,
      from: micropython.dir,
      page: { heapsize: MICROPYTHON_HEAP, pystack: MICROPYTHON_PYSTACK },
      code: forTopLevelAwait,
    },
  ];
}

/** Returns the folder and version of an npm package, which must match package.json. */
function npmPackage(name) {
  const wanted = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).devDependencies[name];
  const dir = join(repoRoot, "node_modules", name);
  if (!existsSync(join(dir, "package.json"))) throw new Error(`the npm package ${name} is not installed: run npm ci`);
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (version !== wanted) throw new Error(`node_modules holds ${name} ${version}, package.json wants ${wanted}: run npm ci`);
  return { dir, version };
}

/**
 * Reads how a Go wasm file was built: the Go version and the build settings that Go embeds
 * (runtime/debug.BuildInfo). Go leaves -ldflags out of -trimpath builds and keeps only the
 * last -gcflags, so those are read from the Makefile.
 */
function goBuild(path) {
  const text = readFileSync(path).toString("latin1");
  const version = text.match(/go1\.\d+(?:\.\d+)?(?:rc\d+|beta\d+)?/)?.[0] ?? "unknown";
  const makefile = readFileSync(join(repoRoot, "Makefile"), "utf8");
  // Go records only the last of several -gcflags, so they too come from the Makefile.
  const gcflags = makefile.match(/^WASM_GCFLAGS := (.*)$/m)?.[1];
  const settings = [...text.matchAll(/^build\t(\S+)$/gm)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith("vcs.time") && !(gcflags && s.startsWith("-gcflags=")));
  if (gcflags) settings.push(gcflags);
  const ldflags = makefile.match(/-ldflags="([^"]*)"[^\n]*\.\/wasm\/playground/)?.[1];
  return { file: path, version, settings, ldflags: ldflags ?? "unknown" };
}

/**
 * Starts every engine `runs` times, each time in a fresh context, taking the engines in turn
 * so that a busy machine slows them alike. The last start of each engine stays open as
 * engine.session for measurePrograms. Fills engine.startup and engine.files.
 */
async function measureStartup(browser, url, engines, failures) {
  for (const engine of engines) engine.startup = [];
  for (let i = 0; i < runs; i++) {
    for (const engine of engines.filter((e) => !e.failed)) {
      console.error(`start-up ${i + 1}/${runs}: ${engine.title}`);
      await engine.session?.context.close();
      const session = await startEngine(browser, url, engine);
      engine.session = session;
      const { result, files, errors } = session;
      if (result.error || result.stdout !== startup.expect) {
        failures.push(`${engine.title}, start-up: ${explain(result, startup.expect, errors)}`);
        engine.failed = true;
        continue;
      }
      engine.startup.push({ readyAt: result.readyAt, firstOutputAt: result.firstOutputAt });
      engine.files = files;
    }
  }
}

/** Times every program `runs` times in every engine that started, the engines in turn. */
async function measurePrograms(engines, failures) {
  const running = engines.filter((e) => !e.failed);
  for (const engine of running) engine.programs = {};
  for (const program of programs) {
    const times = new Map(running.map((e) => [e, []]));
    for (let i = 0; i < runs; i++) {
      console.error(`${program.name} ${i + 1}/${runs}`);
      for (const [engine, list] of times) {
        if (!list) continue;
        const result = await withTimeout(
          engine.session.page.evaluate((code) => window.bench.run(code), engine.code(program.code)),
          `${engine.title}: ${program.name} did not end within ${TIMEOUT_MS / 1000} s`,
        );
        if (result.error || result.stdout !== program.expect) {
          failures.push(`${engine.title}, ${program.name}: ${explain(result, program.expect, engine.session.errors)}`);
          times.set(engine, null);
        } else {
          list.push(result.ms);
        }
      }
    }
    for (const [engine, list] of times) if (list) engine.programs[program.key] = list;
  }
  for (const engine of engines) await engine.session?.context.close();
}

/**
 * Visits every engine's page `runs` times in a fresh context, waits REVISIT_PAUSE_MS, visits
 * it again in the same context, and records that second visit in engine.revisit.
 */
async function measureRevisit(browser, url, engines, failures) {
  for (const engine of engines) engine.revisit = [];
  for (let i = 0; i < runs; i++) {
    for (const engine of engines.filter((e) => !e.failed)) {
      console.error(`repeat visit ${i + 1}/${runs}: ${engine.title}`);
      const first = await startEngine(browser, url, engine);
      try {
        await new Promise((resolve) => setTimeout(resolve, REVISIT_PAUSE_MS));
        const { result, errors } = await startEngine(browser, url, engine, first);
        if (result.error || result.stdout !== startup.expect) {
          failures.push(`${engine.title}, repeat visit: ${explain(result, startup.expect, errors)}`);
          engine.failed = true;
          continue;
        }
        engine.revisit.push({ readyAt: result.readyAt, firstOutputAt: result.firstOutputAt });
      } finally {
        await first.context.close();
      }
    }
  }
}

/**
 * Opens the engine's benchmark page in a fresh context, or again in the page of an earlier
 * session, and waits for the start-up program.
 */
async function startEngine(browser, url, engine, earlier) {
  const context = earlier?.context ?? (await browser.newContext());
  const page = earlier?.page ?? (await context.newPage());
  const errors = [];
  const requests = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("requestfailed", (req) => errors.push(`${req.url()}: ${req.failure()?.errorText}`));
  page.on("requestfinished", (req) => requests.push(describeRequest(req)));
  if (!earlier) {
    await page.addInitScript((bench) => {
      window.BENCH = bench;
    }, { ...engine.page, startup: engine.code(startup.code) });
  }
  await page.goto(`${url}${engine.name}/bench.html`);
  const result = await withTimeout(
    page.waitForFunction(() => window.bench, null, { timeout: TIMEOUT_MS }).then(() => page.evaluate(() => window.bench.startup)),
    `${engine.title} did not start within ${TIMEOUT_MS / 1000} s: ${errors.join("; ")}`,
  );
  const files = [];
  for (const request of await Promise.all(requests)) {
    const file = decodeURIComponent(new URL(request.url).pathname).replace(`/${engine.name}/`, "");
    if (HARNESS_FILES.has(file)) continue;
    if (!engine.sizes[file]) throw new Error(`${engine.title} fetched ${request.url}, which is not one of its files`);
    files.push({ file, ...request, ...engine.sizes[file] });
  }
  return { context, page, result, files, errors };
}

/**
 * What the browser transferred for one request: body bytes as sent, and their encoding.
 * Chromium reports no body size for a worker's own script, so Content-Length stands in then.
 */
async function describeRequest(req) {
  const [sizes, response] = await Promise.all([req.sizes(), req.response()]);
  const headers = await response.allHeaders();
  return {
    url: req.url(),
    transferred: sizes.responseBodySize || Number(headers["content-length"] || 0),
    encoding: headers["content-encoding"] || "identity",
  };
}

/**
 * Loads the real playground page (index.html, main.js with the editor, the engine) in fresh
 * contexts and times navigation → the page marks the engine ready.
 */
async function measurePlayground(browser, url, failures) {
  const times = [];
  let transferred = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on("requestfinished", (req) => requests.push(describeRequest(req)));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.body?.dataset.engine === "ready") window.__engineReadyAt ??= performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-engine"] });
    });
    try {
      await page.goto(`${url}asobiba/`);
      await page.waitForFunction(() => window.__engineReadyAt, null, { timeout: TIMEOUT_MS });
      times.push(await page.evaluate(() => window.__engineReadyAt));
      transferred = (await Promise.all(requests)).reduce((sum, r) => sum + r.transferred, 0);
    } catch (err) {
      failures.push(`the playground page did not get ready: ${err.message}`);
      break;
    } finally {
      await context.close();
    }
  }
  return { times, transferred };
}

function explain(result, expected, errors) {
  if (result.error) return [result.error, result.stderr?.trim(), ...errors].filter(Boolean).join("; ");
  return `printed ${JSON.stringify(result.stdout.slice(0, 200))}, expected ${JSON.stringify(expected.slice(0, 200))}`;
}

function withTimeout(promise, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fail(message) {
  console.error(`bench-browser: ${message}`);
  process.exit(1);
}
