// Helpers for the browser tests: start `asobiba serve` on a free port, launch Debian's
// Chromium through playwright-core, and drive the playground page as a person would.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const distDir = resolve(repoRoot, process.env.ASOBIBA_DIST || "dist");
const binary = resolve(repoRoot, process.env.ASOBIBA_BIN || "bin/asobiba");

/**
 * Starts `asobiba serve --addr 127.0.0.1:0 --dir dir` and returns the URL it printed.
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function startServer(dir = distDir) {
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run make test-e2e, which builds it`);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run make build`);
  const child = spawn(binary, ["serve", "--addr", "127.0.0.1:0", "--dir", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = once(child, "exit");
  const url = await new Promise((resolveURL, reject) => {
    let printed = "";
    const timer = setTimeout(() => reject(new Error("asobiba serve printed no URL within 10 s")), 10_000);
    child.stdout.on("data", (chunk) => {
      printed += chunk;
      const m = printed.match(/http:\/\/\S+\//);
      if (m) {
        clearTimeout(timer);
        resolveURL(m[0]);
      }
    });
    exited.then(([code]) => reject(new Error(`asobiba serve exited with status ${code}`)));
  });
  return {
    url,
    async close() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Launches headless Chromium (Debian's /usr/bin/chromium unless $CHROMIUM says otherwise). */
export function launchBrowser() {
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install it (apt-get install chromium) or set $CHROMIUM`);
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

/** Drives one playground page. */
export class Playground {
  /** @param {import("playwright-core").Page} page */
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on("pageerror", (err) => this.errors.push(err.message));
    page.on("console", (msg) => {
      if (msg.type() === "error") this.errors.push(msg.text());
    });
  }

  /** Waits until the engine has loaded (or a respawned one is ready). */
  async waitReady(timeout = 30_000) {
    await this.page.waitForSelector("body[data-engine=ready]", { timeout });
  }

  /** Replaces the editor's content the way a paste would (no auto-indentation). */
  async setCode(code) {
    await this.page.click(".cm-content");
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(code);
    const got = await this.getCode();
    if (got !== code) throw new Error(`the editor holds ${JSON.stringify(got)}, not ${JSON.stringify(code)}`);
  }

  /** Returns the editor's text as shown (every line of a short program is rendered). */
  getCode() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll(".cm-content .cm-line")].map((line) => line.textContent).join("\n"),
    );
  }

  /** The number of runs the output pane has started. */
  async runCount() {
    return Number(await this.page.getAttribute("#output", "data-run-count"));
  }

  /** Starts the program with 実行 (or with Ctrl+Enter in the editor) and returns at once. */
  async start({ keyboard = false } = {}) {
    const before = await this.runCount();
    if (keyboard) {
      await this.page.click(".cm-content");
      await this.page.keyboard.press("ControlOrMeta+Enter");
    } else {
      await this.page.getByRole("button", { name: /実行/ }).click();
    }
    await this.page.waitForSelector(`#output[data-run-count="${before + 1}"]`, { timeout: 5_000 });
    return before + 1;
  }

  /** Waits until run number n has ended and returns what the pane shows. */
  async waitDone(n, timeout = 30_000) {
    await this.page.waitForSelector(`#output[data-run-count="${n}"]:not([data-run-state=running])`, { timeout });
    return this.output();
  }

  /** Runs code and returns its output once it has ended. */
  async run(code, { keyboard = false, timeout } = {}) {
    await this.setCode(code);
    return this.waitDone(await this.start({ keyboard }), timeout);
  }

  /** What the output pane shows: stdout and stderr apart, and how the run ended. */
  output() {
    return this.page.evaluate(() => {
      const pane = document.getElementById("output");
      const result = { stdout: "", stderr: "", text: "", state: pane.dataset.runState };
      for (const span of pane.querySelectorAll(".output-text span")) {
        result[span.className] += span.textContent;
        result.text += span.textContent;
      }
      result.exitStatus = pane.dataset.exitStatus === undefined ? null : Number(pane.dataset.exitStatus);
      result.summary = pane.querySelector(".output-result").textContent;
      return result;
    });
  }
}
