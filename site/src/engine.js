// The page's side of the engine protocol (see site/README.md and wasm/playground/main.go).
//
// The engine runs in a Web Worker, so a busy program never freezes the page. The .wasm file
// is compiled once (WebAssembly.compileStreaming); stopping a program that does not answer
// "stop" within STOP_GRACE_MS terminates its worker and starts a fresh one from the compiled
// module, which takes a fraction of a second. The page's first script (boot.js) starts the
// first worker before main.js runs, and that worker compiles the engine itself and posts the
// module back; start() takes the worker over.
import { compileEngine } from "./compile.js";

/** How long a running program may take to honour "stop" before its worker is terminated. */
export const STOP_GRACE_MS = 100;

/**
 * @typedef {{kind: "stdout" | "stderr" | "timeline", vt: number, data: string}} EngineEvent
 * @typedef {{exitStatus: number | null, stopped: boolean, vt: number | null,
 *            killed?: boolean, error?: string, deadlock?: string}} RunResult
 * @typedef {"loading" | "restarting" | "ready" | "running" | "stopping" | "failed"} EngineState
 * @typedef {{worker: Worker, module: Promise<WebAssembly.Module>, ready: boolean, failed: string}} Boot
 *   What boot.js started: the first worker, the module it compiles, whether it has said
 *   "ready", and the error that stopped it, if any.
 */

export class Engine {
  /**
   * @param {{wasmURL: string, workerURL: string,
   *          onState: (state: EngineState, detail?: string) => void}} options
   */
  constructor({ wasmURL, workerURL, onState }) {
    this.wasmURL = wasmURL;
    this.workerURL = workerURL;
    this.onState = onState;
    /** @type {EngineState} */
    this.state = "loading";
    this.module = null;
    this.worker = null;
    this.ready = null; // a Promise that resolves when this.worker has said "ready"
    this.current = null; // {id, onEvents, onDone} of the running program
    this.nextId = 1;
    this.killTimer = 0;
  }

  /**
   * Compiles the engine and starts the first worker, or takes over the worker that boot.js
   * started, which compiles the engine and starts by itself.
   * @param {Boot} [boot]
   */
  async start(boot) {
    this.setState("loading");
    try {
      if (location.protocol === "file:") {
        throw new Error("file:// からは動きません。make serve などの HTTP サーバーで開いてください");
      }
      // With boot.js, the time counts from the page's navigation.
      const started = boot ? 0 : performance.now();
      // The first worker loads its scripts while the engine compiles.
      const module = boot ? boot.module : compileEngine(this.wasmURL);
      [this.module] = await Promise.all([module, this.spawn(module, boot)]);
      const seconds = (performance.now() - started) / 1000;
      this.setState("ready", `${seconds.toFixed(1)} 秒`);
    } catch (err) {
      this.setState("failed", String((err && err.message) || err));
    }
  }

  /**
   * Runs a program. Output arrives in batches through onEvents; onDone is called once.
   * @param {string} code
   * @param {{stdin?: string, options?: object,
   *          onEvents: (events: EngineEvent[]) => void, onDone: (result: RunResult) => void}} run
   */
  async run(code, { stdin = "", options = {}, onEvents, onDone }) {
    if (this.current) throw new Error("a program is already running");
    const id = this.nextId++;
    this.current = { id, onEvents, onDone };
    this.setState("running");
    try {
      await this.ready;
    } catch {
      return; // the engine failed to start; whoever saw it has ended this run
    }
    if (this.current && this.current.id === id) {
      this.worker.postMessage({ type: "run", id, code, stdin, options });
    }
  }

  /** Asks the running program to stop, and terminates its worker if it does not. */
  stop() {
    const run = this.current;
    if (!run || this.state === "stopping") return;
    this.setState("stopping");
    this.worker?.postMessage({ type: "stop" });
    this.killTimer = setTimeout(() => {
      if (this.current === run) this.kill();
    }, STOP_GRACE_MS);
  }

  /** Terminates the worker, ends the current run as stopped, and starts a new worker. */
  kill() {
    this.worker.terminate();
    this.restart();
    this.finish({ exitStatus: null, stopped: true, vt: null, killed: true });
  }

  /** Replaces the worker with a new one from the compiled module. */
  restart() {
    this.setState("restarting");
    this.spawn().then(
      () => {
        if (this.state === "restarting") this.setState("ready");
      },
      (err) => {
        const message = String((err && err.message) || err);
        this.setState("failed", message);
        if (this.current) this.finish({ exitStatus: null, stopped: false, vt: null, error: message });
      },
    );
  }

  /**
   * Starts a worker from the compiled module, or from the one `module` will resolve to, or
   * takes over boot.js's worker, which starts by itself and may have said "ready" or failed
   * before this Engine listened to it; the returned Promise waits for "ready".
   * @param {WebAssembly.Module | Promise<WebAssembly.Module>} [module]
   * @param {Boot} [boot]
   */
  spawn(module = this.module, boot = null) {
    const worker = boot ? boot.worker : new Worker(this.workerURL);
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.onmessage = (event) => this.receive(worker, event.data, resolve, reject);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail(worker, event.message || "worker error", reject);
      };
      if (boot?.failed) {
        this.fail(worker, boot.failed, reject);
        return;
      }
      if (boot) {
        if (boot.ready) resolve();
        return;
      }
      Promise.resolve(module).then(
        (compiled) => worker.postMessage({ type: "init", module: compiled }),
        (err) => {
          worker.terminate();
          reject(err);
        },
      );
    });
    return this.ready;
  }

  /** Handles one message from a worker (messages of terminated workers are ignored). */
  receive(worker, msg, resolve, reject) {
    if (worker !== this.worker || !msg) return;
    const run = this.current && msg.id === this.current.id ? this.current : null;
    switch (msg.type) {
      case "ready":
        resolve();
        break;
      case "events":
        if (run) run.onEvents(msg.events);
        break;
      case "done":
        if (run) this.finish({ exitStatus: msg.exitStatus, stopped: msg.stopped, vt: msg.vt, deadlock: msg.deadlock });
        break;
      case "error":
        if (msg.id === undefined) {
          this.fail(worker, msg.message, reject);
        } else if (run) {
          this.finish({ exitStatus: null, stopped: false, vt: null, error: msg.message });
        }
        break;
    }
  }

  /**
   * Handles a worker whose engine failed or crashed: the run in progress ends with the error
   * and a new worker replaces the old one. A worker that fails while starting is not
   * replaced (start and restart report it), so a broken build cannot loop.
   */
  fail(worker, message, reject) {
    if (worker !== this.worker) return;
    reject(new Error(message));
    // (The engine may already be "failed": boot.js's listener, which sees a first worker's
    // messages before this Engine does, rejects the module start() awaits.)
    if (this.state === "loading" || this.state === "restarting" || this.state === "failed") return;
    worker.terminate();
    this.restart();
    if (this.current) this.finish({ exitStatus: null, stopped: false, vt: null, error: message });
  }

  finish(result) {
    const run = this.current;
    clearTimeout(this.killTimer);
    this.current = null;
    if (this.state === "running" || this.state === "stopping") this.setState("ready");
    run.onDone(result);
  }

  setState(state, detail) {
    this.state = state;
    this.onState(state, detail);
  }
}
