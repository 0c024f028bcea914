// The Web Worker that hosts the engine (wasm/playground). It loads Go's wasm_exec.js and
// starts the Go program, which then speaks the protocol described in wasm/playground/main.go
// and site/README.md. If the engine cannot start or stops, the page hears {type: "error"}.
//
// The page's first worker, which boot.js names BOOT_WORKER, compiles the engine itself and
// starts it at once: on the page's main thread the download would stall while main.js (the
// editor) runs, and Go's start would wait for the page to pass the module on. It posts the
// compiled module to the page, {type: "module", module}, before it starts. Every other worker
// (one that replaces a stopped program's) waits for {type: "init", module} with that module.
/* global ASOBIBA_ENGINE_WASM, ASOBIBA_PYLIB_DIR */
import { BOOT_WORKER, compileEngine } from "./compile.js";

// First, so that the download starts before wasm_exec.js is fetched.
const compiling = self.name === BOOT_WORKER ? compileEngine(ASOBIBA_ENGINE_WASM) : null;

importScripts("wasm_exec.js");

/**
 * Returns the text of a standard-library source file ("json/__init__.py"), for the engine to
 * call when a program imports a module it does not hold (wasm/playground/stdlibfetch.go).
 * The import waits for it, so it asks synchronously, which a Web Worker may; it throws when
 * the file cannot be had. site/build.mjs copies the files into a folder named after their
 * content, next to this script.
 */
self.asobibaFetchSource = function fetchSource(path) {
  const request = new XMLHttpRequest();
  request.open("GET", new URL(ASOBIBA_PYLIB_DIR + path, self.location.href), false);
  request.overrideMimeType("text/plain; charset=utf-8");
  request.send();
  if (request.status !== 200) throw new Error(`${path}: HTTP ${request.status}`);
  return request.responseText;
};

/** Instantiates the engine from module and runs it until it exits, which it should not. */
async function start(module) {
  try {
    const go = new Go();
    go.argv = ["asobiba"];
    const instance = await WebAssembly.instantiate(module, go.importObject);
    await go.run(instance);
    self.postMessage({ type: "error", message: "エンジンが終了しました" });
  } catch (err) {
    self.postMessage({ type: "error", message: String((err && err.message) || err) });
  }
}

if (compiling) {
  compiling.then(
    (module) => {
      self.postMessage({ type: "module", module });
      start(module);
    },
    (err) => self.postMessage({ type: "error", message: String((err && err.message) || err) }),
  );
} else {
  self.addEventListener("message", function init(event) {
    if (!event.data || event.data.type !== "init") return;
    self.removeEventListener("message", init);
    start(event.data.module);
  });
}
