// The first script of the page, inlined into index.html by the build (site/build.mjs), so
// that it runs as soon as the browser has read the page's head. It starts what takes longest
// before a program can run: the first worker, which downloads and compiles the engine and
// starts it (worker.js). It listens to the worker until the Engine of main.js (engine.js)
// takes it over, once the editor's bundle, several hundred kilobytes of script, has been
// parsed and run, and keeps what the worker said meanwhile in self.asobibaBoot: the compiled
// module, which the Engine needs for the workers that replace a stopped program's, whether
// the engine is ready, and the error that stopped it. The page's own thread does not take
// part: while it runs main.js, a download it made would stall, and so would a worker
// waiting for it to pass the module on.
import { BOOT_WORKER } from "./compile.js";

if (location.protocol !== "file:") {
  const worker = new Worker("worker.js", { name: BOOT_WORKER });
  const boot = { worker, module: null, ready: false, failed: "" };
  boot.module = new Promise((resolve, reject) => {
    worker.addEventListener("message", ({ data }) => {
      if (!data) return;
      if (data.type === "module") resolve(data.module);
      if (data.type === "ready") boot.ready = true;
      if (data.type === "error" && data.id === undefined) {
        boot.failed ||= data.message;
        reject(new Error(data.message));
      }
    });
    // An error before the Engine listens waits here for it.
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      boot.failed ||= event.message || "worker error";
      reject(new Error(boot.failed));
    });
  });
  // A failure is reported by the Engine that awaits this Promise, not as unhandled here.
  boot.module.catch(() => {});
  self.asobibaBoot = boot;
}
