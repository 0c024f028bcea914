// The first script of the page, inlined into index.html by the build (site/build.mjs), so
// that it runs as soon as the browser has read the page's head. It starts what takes longest
// before a program can run: the engine's download and compilation, and the first worker,
// which loads its scripts meanwhile. Both are left in self.asobibaBoot for the Engine of
// main.js (engine.js) to take over once the editor's bundle, several hundred kilobytes of
// script, has been parsed and run. Before, the compilation began only then: the download,
// started early by a preload, waited in the browser's buffers while main.js ran.
/* global ASOBIBA_ENGINE_WASM */
import { compileEngine } from "./compile.js";

if (location.protocol !== "file:") {
  const module = compileEngine(ASOBIBA_ENGINE_WASM);
  // A failure is reported by the Engine that awaits this Promise, not as unhandled here.
  module.catch(() => {});
  const boot = { module, worker: new Worker("worker.js"), failed: "" };
  // The Engine replaces this handler; an error that comes before it does waits here for it.
  boot.worker.onerror = (event) => {
    event.preventDefault();
    boot.failed = event.message || "worker error";
  };
  self.asobibaBoot = boot;
}
