// Shows what makes the browser engine big. `go tool nm` cannot read WebAssembly, so this
// builds wasm/playground without -s -w (keeping the "name" section), reads the module's
// sections itself, and adds up the code of every function by Go package.
//
//   GOFLAGS=-tags=... node site/bench/wasm-size.mjs [--top 25]
//   GOFLAGS=-tags=... node site/bench/wasm-size.mjs --forbid fmt,encoding/json
//
// make wasm-code-check shows the GOFLAGS of the served engine, including the
// -modfile=bin/engine.mod that make bin/engine.mod writes (see the Makefile).
//
// Code sizes are exact; the data section (type descriptors, strings, pclntab and other
// read-only data) is shown as one line, since the module does not say whose bytes it holds.
// It is the data section as Go's linker writes it: the served engine's is smaller, since
// wasm/enginepack drops its file:line tables and writes it as a few segments (see the Makefile).
//
// --forbid lists packages of which the engine must link no function (make test-go runs it):
// it prints the offenders and fails instead of printing the tables. A package's initialiser
// is allowed, since Go links it whenever a linked package imports the package (math/big
// imports fmt, for example), and so are the few functions named in initOnly below.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants } from "node:zlib";

// The repository root, found from this file rather than imported from the browser tests'
// harness, which needs playwright-core: the size check runs without node_modules.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

// Functions of forbidden packages that are linked without anything of ours calling them:
// reflect.typedmemmove is Go's runtime's own code under reflect's name (internal/reflectlite,
// which sort and errors use, calls it), and reflect's initialiser calls rtypeOf.
const initOnly = new Set(["reflect.typedmemmove", "reflect.rtypeOf"]);

const { values: args } = parseArgs({ options: { top: { type: "string", default: "25" }, forbid: { type: "string" } } });
const out = join(repoRoot, "bin", "bench", "engine-symbols.wasm");
mkdirSync(join(repoRoot, "bin", "bench"), { recursive: true });
execFileSync("go", ["build", "-trimpath", "-o", out, "./wasm/playground"], {
  cwd: repoRoot,
  env: { ...process.env, GOOS: "js", GOARCH: "wasm" },
  stdio: "inherit",
});
const wasm = readFileSync(out);
const { sections, functions } = parse(wasm);

if (args.forbid !== undefined) {
  const forbidden = new Set(args.forbid.split(",").filter(Boolean));
  const offenders = functions.filter((f) => forbidden.has(packageOf(f.name)) && !allowed(f.name));
  if (offenders.length === 0) {
    console.log(`wasm-size: the engine links no function of ${[...forbidden].join(", ")} (${kb(wasm.length)} with names)`);
    process.exit(0);
  }
  console.log(`wasm-size: the engine links ${offenders.length} functions of forbidden packages (${[...forbidden].join(", ")}):`);
  for (const f of offenders.slice(0, 30)) console.log(`  ${f.name} (${kb(f.size)})`);
  console.log("who reaches them: GOOS=js GOARCH=wasm go build -modfile=bin/engine.mod -ldflags=-dumpdep ./wasm/playground prints caller -> callee (the first caller of each)");
  process.exit(1);
}

console.log(`${out}: ${kb(wasm.length)} with names (GOFLAGS=${process.env.GOFLAGS || ""})\n`);
console.log("| section | size |\n|---|---:|");
for (const [name, size] of sections) console.log(`| ${name} | ${kb(size)} |`);
console.log("\n(the data section as Go's linker writes it, before wasm/enginepack)");

const byPackage = new Map();
for (const f of functions) {
  const pkg = packageOf(f.name);
  const entry = byPackage.get(pkg) ?? { size: 0, count: 0, bodies: [] };
  entry.size += f.size;
  entry.count++;
  entry.bodies.push(f.body);
  byPackage.set(pkg, entry);
}
const top = Number(args.top);
const total = functions.reduce((sum, f) => sum + f.size, 0);
console.log(`\n| package | functions | code | brotli (alone) | share of code |\n|---|---:|---:|---:|---:|`);
for (const [pkg, e] of [...byPackage].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  const br = brotliCompressSync(Buffer.concat(e.bodies), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
  console.log(`| ${pkg} | ${e.count} | ${kb(e.size)} | ${kb(br)} | ${((100 * e.size) / total).toFixed(1)}% |`);
}
console.log(`\n| largest functions | code |\n|---|---:|`);
for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, top)) console.log(`| ${f.name} | ${kb(f.size)} |`);

/**
 * Whether the forbidden-package check lets the function named name through: package
 * initialisers (pkg.init, pkg.init.0, ...) and initOnly.
 */
function allowed(name) {
  return /\.init(\.\d+)?$/.test(name) || initOnly.has(name);
}

/** Reads the section sizes, and every function body with its name from the name section. */
function parse(buf) {
  let pos = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const str = () => {
    const n = leb();
    pos += n;
    return buf.toString("utf8", pos - n, pos);
  };
  const ids = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];
  const sections = [];
  const bodies = [];
  const names = new Map();
  let imported = 0;
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = leb();
    const end = pos + size;
    let label = ids[id] ?? `section ${id}`;
    if (id === 0) {
      const name = str();
      label = `custom "${name}"`;
      if (name === "name") {
        while (pos < end) {
          const sub = buf[pos++];
          const subEnd = leb() + pos;
          if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), str());
          pos = subEnd;
        }
      }
    } else if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        str();
        str();
        const kind = buf[pos++];
        if (kind === 0) imported++, leb();
        else if (kind === 1) pos++, buf[pos++] & 1 ? (leb(), leb()) : leb();
        else if (kind === 2) buf[pos++] & 1 ? (leb(), leb()) : leb();
        else if (kind === 3) pos += 2;
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const len = leb();
        bodies.push(buf.subarray(pos, pos + len));
        pos += len;
      }
    }
    sections.push([label, size]);
    pos = end;
  }
  const functions = bodies.map((body, i) => ({ name: names.get(imported + i) ?? `function ${imported + i}`, size: body.length, body }));
  return { sections, functions };
}

/**
 * The Go package of a function name. The name section spells github.com/x/y/vm.(*T).f as
 * github.com_x_y_vm.__T_.f, so the package ends at the first dot after the host name, and
 * its underscores are turned back into slashes (no package of ours has one in its name).
 */
function packageOf(name) {
  const host = name.match(/^[a-z0-9-]+(\.[a-z0-9-]+)+_/)?.[0].length ?? 0;
  const dot = name.indexOf(".", host);
  return (dot === -1 ? name : name.slice(0, dot)).replaceAll("_", "/");
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}
