// Compiling the engine's .wasm file, shared by the page's first worker (worker.js) and the
// Engine (engine.js), which compiles it itself when boot.js did not run.

/** The name (Worker's options.name) of the page's first worker, which compiles the engine. */
export const BOOT_WORKER = "asobiba-boot";

/**
 * Compiles the engine, streaming when the server labels it application/wasm.
 * @param {string} url
 * @returns {Promise<WebAssembly.Module>}
 */
export async function compileEngine(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const type = response.headers.get("Content-Type") || "";
  if (WebAssembly.compileStreaming && type.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
