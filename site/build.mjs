// Builds the static playground into an output folder (make build: dist/).
//
//   node site/build.mjs --wasm bin/engine.wasm --wasm-exec GOROOT/lib/wasm/wasm_exec.js \
//       --pylib bin/pylib --out dist [--cache bin/precompressed]
//
// It copies the engine under a content-hashed name (engine.<hash>.wasm) and the standard
// library's Python sources (--pylib, written by wasm/stdlibcodes) into a content-hashed
// folder (pylib.<hash>/), which the engine downloads modules from on import; it bundles the
// page and the worker with esbuild (CodeMirror included: no CDN), inlines the page's first
// script (src/boot.js, which starts the engine) into index.html, copies Go's wasm_exec.js
// and the static files, gathers the licences of the bundled npm packages, and writes .br and
// .gz siblings next to every compressible file (site/server serves them).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const src = join(dirname(fileURLToPath(import.meta.url)), "src");
const { values: args } = parseArgs({
  options: {
    wasm: { type: "string" },
    "wasm-exec": { type: "string" },
    pylib: { type: "string" },
    out: { type: "string", default: "dist" },
    cache: { type: "string" },
  },
});
if (!args.wasm || !args["wasm-exec"] || !args.pylib) {
  console.error("usage: node site/build.mjs --wasm ENGINE.wasm --wasm-exec wasm_exec.js --pylib DIR [--out dist]");
  process.exit(2);
}
const out = args.out;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The engine, named after its content so that it can be cached forever.
const wasm = readFileSync(args.wasm);
const wasmName = `engine.${createHash("sha256").update(wasm).digest("hex").slice(0, 12)}.wasm`;
writeFileSync(join(out, wasmName), wasm);

// The standard library's Python sources, in a folder named after all their paths and texts,
// so that an engine never reads the files of another build.
const pylibFiles = listFiles(args.pylib);
const pylibHash = createHash("sha256");
for (const file of pylibFiles) pylibHash.update(`${file}\0`).update(readFileSync(join(args.pylib, file))).update("\0");
const pylibDir = `pylib.${pylibHash.digest("hex").slice(0, 12)}`;
for (const file of pylibFiles) {
  mkdirSync(dirname(join(out, pylibDir, file)), { recursive: true });
  copyFileSync(join(args.pylib, file), join(out, pylibDir, file));
}

// The page, its first script and the worker.
const result = await esbuild.build({
  entryPoints: { main: join(src, "main.js"), boot: join(src, "boot.js"), worker: join(src, "worker.js") },
  outdir: out,
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2022"],
  charset: "utf8",
  loader: { ".py": "text" },
  define: { ASOBIBA_ENGINE_WASM: JSON.stringify(wasmName), ASOBIBA_PYLIB_DIR: JSON.stringify(`${pylibDir}/`) },
  metafile: true,
  logLevel: "warning",
});
copyFileSync(join(src, "icon.svg"), join(out, "icon.svg"));
// The page starts its first worker, which downloads and compiles the engine, while it parses,
// not once main.js has run: boot.js, inlined before the stylesheet, which a script after it
// would wait for. There is no preload of the engine: the document's preload would be a second
// download, since the worker's fetch cannot take it up.
const boot = readFileSync(join(out, "boot.js"), "utf8").trim();
rmSync(join(out, "boot.js"));
if (/<\/script/i.test(boot)) throw new Error("boot.js: the bundle contains </script and cannot be inlined");
const indexHTML = readFileSync(join(src, "index.html"), "utf8");
const stylesheet = '<link rel="stylesheet" href="main.css" />';
if (!indexHTML.includes(stylesheet)) throw new Error(`index.html: no ${stylesheet} to start the engine before`);
writeFileSync(join(out, "index.html"), indexHTML.replace(stylesheet, () => `<script>${boot}</script>\n    ${stylesheet}`));
copyFileSync(args["wasm-exec"], join(out, "wasm_exec.js"));
writeFileSync(join(out, "licenses.txt"), licenses(result.metafile, args["wasm-exec"]));

// Precompressed siblings, kept only when they are smaller. Brotli at its best quality takes
// seconds on the engine, so results are cached by content in --cache (make: bin/precompressed).
// Brotli's largest standard window (2^24 bytes, which every browser decodes) lets it find
// repeats across the whole engine: 20 KB less than its default window of 4 MB.
const compressible = new Set([".html", ".js", ".css", ".svg", ".json", ".wasm", ".txt", ".py"]);
const cache = args.cache;
const used = new Set();
const rows = [];
const pylibSizes = [0, 0, 0];
for (const name of listFiles(out)) {
  const path = join(out, name);
  if (!compressible.has(extname(name)) || statSync(path).size < 1024) continue;
  const data = readFileSync(path);
  const key = createHash("sha256").update(data).digest("hex");
  const gz = cached(key, "gz", () => gzipSync(data, { level: 9 }));
  const br = cached(key, "w24.br", () =>
    brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_MODE]: extname(name) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }),
  );
  if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
  if (br.length < data.length) writeFileSync(`${path}.br`, br);
  if (name.startsWith(`${pylibDir}/`)) {
    for (const [i, n] of [data.length, gz.length, br.length].entries()) pylibSizes[i] += Math.min(n, data.length);
  } else {
    rows.push([name, data.length, gz.length, br.length]);
  }
}
rows.push([`${pylibDir}/ (${pylibFiles.length} files, on import)`, ...pylibSizes]);
if (cache) {
  for (const name of readdirSync(cache)) if (!used.has(name)) rmSync(join(cache, name));
}

/** Returns compress()'s result for the content with this key, from the cache when it has it. */
function cached(key, ext, compress) {
  if (!cache) return compress();
  mkdirSync(cache, { recursive: true });
  const file = `${key}.${ext}`;
  used.add(file);
  if (existsSync(join(cache, file))) return readFileSync(join(cache, file));
  const data = compress();
  writeFileSync(join(cache, file), data);
  return data;
}

console.log(`built ${relative(process.cwd(), out) || "."}/`);
console.log(`  ${"file".padEnd(44)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
for (const [name, raw, gz, br] of rows) {
  console.log(`  ${name.padEnd(44)} ${kb(raw)} ${kb(gz)} ${kb(br)}`);
}

/** Returns the paths of the files under dir, relative to it, with slashes, sorted. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`.padStart(10);
}

/**
 * Collects the licence texts of what the built site contains: Go (the runtime in the .wasm
 * file and wasm_exec.js), the Go modules linked into the engine, and the npm packages that
 * esbuild put into the bundles.
 */
function licenses(metafile, wasmExec) {
  const found = []; // [name, version, folder]
  const goroot = join(dirname(wasmExec), "..", "..");
  const goVersion = existsSync(join(goroot, "VERSION")) ? readFileSync(join(goroot, "VERSION"), "utf8").split("\n")[0] : "";
  found.push(["Go", goVersion, goroot]);
  const goList = execFileSync(
    "go",
    ["list", "-deps", "-f", "{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}} {{.Dir}}{{end}}{{end}}", "./wasm/playground"],
    { env: { ...process.env, GOOS: "js", GOARCH: "wasm" }, encoding: "utf8" },
  );
  for (const line of new Set(goList.split("\n").filter(Boolean))) found.push(line.split(" "));
  const npm = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (m) npm.set(m[1], input.slice(0, input.indexOf(m[1]) + m[1].length));
  }
  for (const [name, dir] of [...npm].sort()) {
    found.push([name, JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version, dir]);
  }
  const parts = ["Asobiba's playground contains the following software. Their licences follow.\n"];
  for (const [name, version, dir] of found) {
    const file = existsSync(dir) && readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : "(no licence file found)";
    parts.push(`${"=".repeat(72)}\n${name} ${version}\n\n${text}\n`);
  }
  return parts.join("\n");
}
