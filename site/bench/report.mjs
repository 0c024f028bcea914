// Formats the measurements of browser.mjs as Markdown: one table with a column per engine
// and Asobiba's targets (issue 5), then the files each engine downloaded.

const MB = 1e6;

/** Asobiba's targets; `check` gets Asobiba's value and every engine's, and says if it is met. */
const targets = {
  brotli: { text: "≤ 1.5 MB", check: (v) => v <= 1.5 * MB },
  firstOutput: { text: "≤ 300 ms", check: (v) => v <= 300 },
  fib: { text: "≤ MicroPython", check: (v, all) => all.micropython !== undefined && v <= all.micropython },
  tasks: { text: "≤ 100 ms", check: (v) => v <= 100 },
};

export function formatReport({ engines, playground, environment, runs, programs, revisitPauseMs }) {
  const asobiba = engines.find((e) => e.name === "asobiba");
  const rows = [
    ["download before the first run: raw", "raw", sizeRow(engines, "raw")],
    ["… gzip -9 (computed)", "gzip", sizeRow(engines, "gzip")],
    ["… brotli 11 (computed)", "brotli", sizeRow(engines, "brotli")],
    ["… transferred (encoding)", null, transferredRow(engines)],
    ["navigation → engine ready", null, startupRow(engines, "readyAt")],
    ["navigation → first output (gather)", "firstOutput", startupRow(engines, "firstOutputAt")],
    ["repeat visit: navigation → engine ready", null, startupRow(engines, "readyAt", "revisit")],
    ["repeat visit: navigation → first output", null, startupRow(engines, "firstOutputAt", "revisit")],
    ...programs.map((p) => [p.name, p.key, programRow(engines, p.key)]),
  ];

  const lines = [];
  const { build } = asobiba;
  lines.push(`## Asobiba, Pyodide and MicroPython in headless Chromium`, "");
  lines.push(
    `Chromium ${environment.chromium}, Node ${environment.node}, ${environment.cpu}, load average ${environment.load} at the end. ` +
      `Best of ${runs} runs; start-up in a fresh browser context each time, and a repeat visit in a context that loaded the page ${revisitPauseMs / 1000} s before; 1 MB = 10^6 bytes.`,
  );
  lines.push(
    `Asobiba's engine: ${build.file.split("/").pop()}, built by ${build.version} with ${build.settings.join(" ")}, ` +
      `-ldflags="${build.ldflags}" (from the Makefile: Go does not record -ldflags in -trimpath builds).`,
    "",
  );
  lines.push(`| | ${engines.map((e) => e.title).join(" | ")} | Asobiba target |`);
  lines.push(`|---|${engines.map(() => "---:|").join("")}---|`);
  for (const [label, key, row] of rows) {
    const target = targets[key];
    let verdict = "";
    if (target) {
      const value = row.values.asobiba;
      verdict = value === undefined ? `${target.text} (not measured)` : `${target.text} ${target.check(value, row.values) ? "✓" : "✗"}`;
    }
    lines.push(`| ${label} | ${engines.map((e) => row.cells[e.name]).join(" | ")} | ${verdict} |`);
  }
  lines.push("");
  if (playground.times.length > 0) {
    lines.push(
      `The whole playground page (index.html, main.js with the editor, the engine): ${mb(playground.transferred)} transferred, ` +
        `engine ready ${ms(Math.min(...playground.times))} after navigation.`,
      "",
    );
  }
  lines.push(`### Files downloaded before the first run`, "");
  lines.push("| engine | file | raw | gzip | brotli | transferred |", "|---|---|---:|---:|---:|---:|");
  for (const engine of engines) {
    for (const f of engine.files ?? []) {
      lines.push(
        `| ${engine.title} | ${f.file} | ${mb(f.raw)} | ${mb(f.gzip)} | ${mb(f.brotli)} | ${mb(f.transferred)} (${f.encoding}) |`,
      );
    }
  }
  return lines.join("\n");
}

/** A row: the value by engine name (for targets) and the cell text by engine name. */
function row(engines, value, format) {
  const values = {};
  const cells = {};
  for (const e of engines) {
    const v = value(e);
    if (v !== undefined) values[e.name] = v;
    cells[e.name] = v === undefined ? "failed" : format(v, e);
  }
  return { values, cells };
}

function sizeRow(engines, kind) {
  return row(engines, (e) => e.files && e.files.reduce((sum, f) => sum + f[kind], 0), mb);
}

function transferredRow(engines) {
  const encodings = (e) => [...new Set(e.files.map((f) => f.encoding))].join(", ");
  return row(engines, (e) => e.files && e.files.reduce((sum, f) => sum + f.transferred, 0), (v, e) => `${mb(v)} (${encodings(e)})`);
}

function startupRow(engines, key, visit = "startup") {
  return row(engines, (e) => (e[visit]?.length ? Math.min(...e[visit].map((s) => s[key])) : undefined), ms);
}

function programRow(engines, key) {
  return row(engines, (e) => (e.programs?.[key] ? Math.min(...e.programs[key]) : undefined), ms);
}

function mb(bytes) {
  return bytes >= 0.1 * MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

function ms(t) {
  if (t >= 1000) return `${(t / 1000).toFixed(2)} s`;
  return t >= 10 ? `${Math.round(t)} ms` : `${t.toFixed(1)} ms`;
}
