// The Web Worker that hosts the engine (wasm/playground). It loads Go's wasm_exec.js, waits
// for {type: "init", module} carrying the WebAssembly.Module the page compiled once, and
// starts the Go program, which then speaks the protocol described in wasm/playground/main.go
// and site/README.md. If the engine cannot start or stops, the page hears {type: "error"}.
/* global ASOBIBA_PYLIB_DIR */
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

self.addEventListener("message", async function init(event) {
  if (!event.data || event.data.type !== "init") return;
  self.removeEventListener("message", init);
  try {
    const go = new Go();
    go.argv = ["asobiba"];
    const instance = await WebAssembly.instantiate(event.data.module, go.importObject);
    await go.run(instance);
    self.postMessage({ type: "error", message: "エンジンが終了しました" });
  } catch (err) {
    self.postMessage({ type: "error", message: String((err && err.message) || err) });
  }
});
