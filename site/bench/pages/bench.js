// The part of a benchmark page that is the same for every engine. The page passes two
// functions: load(output) starts the engine and resolves to it; exec(engine, code) runs one
// program and resolves when it has ended (or rejects with its error). Output goes through
// output(kind, text) with kind "stdout" or "stderr".
//
// The driver (site/bench/browser.mjs) sets window.BENCH = {startup, ...} before the page runs
// and reads window.bench: `startup` resolves once the engine has started and run the start-up
// program, and `run(code)` times one more program. Times are performance.now() values, so
// they count from the start of the navigation.
export function benchmark({ load, exec }) {
  let sink = null;
  const output = (kind, text) => {
    if (!sink) return;
    if (kind === "stdout") sink.firstOutputAt ??= performance.now();
    sink[kind] += text;
  };
  const engine = load(output);

  async function run(code) {
    const ready = await engine;
    const result = { stdout: "", stderr: "", firstOutputAt: null, error: null, ms: 0 };
    sink = result;
    const started = performance.now();
    try {
      await exec(ready, code);
    } catch (err) {
      result.error = String((err && err.message) || err);
    }
    result.ms = performance.now() - started;
    sink = null;
    return result;
  }

  window.bench = {
    startup: engine.then(
      async () => ({ readyAt: performance.now(), ...(await run(window.BENCH.startup)) }),
      (err) => ({ error: `the engine did not start: ${(err && err.message) || err}` }),
    ),
    run,
  };
}
