// The Web Worker that hosts the engine (wasm/playground). It loads Go's wasm_exec.js, waits
// for {type: "init", module} carrying the WebAssembly.Module the page compiled once, and
// starts the Go program, which then speaks the protocol described in wasm/playground/main.go
// and site/README.md. If the engine cannot start or stops, the page hears {type: "error"}.
importScripts("wasm_exec.js");

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
