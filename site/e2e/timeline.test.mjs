// Browser tests of the timeline pane: a run records its timeline by default, and the pane
// draws it as lanes whose DOM attributes (data-lane, data-kind, data-start, data-end,
// data-label) state what the picture shows.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { Playground, launchBrowser, startServer } from "./harness.mjs";

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(t) {
  const context = await browser.newContext();
  t.after(() => context.close());
  const pg = new Playground(await context.newPage());
  await pg.page.goto(server.url);
  await pg.waitReady();
  return pg;
}

/** Reads the drawn chart: its lanes and its bars, from the attributes the pane emits. */
function readChart(page) {
  return page.evaluate(() => {
    const pane = document.getElementById("timeline");
    const lanes = [...pane.querySelectorAll(".tl-lane")].map((g) => ({
      id: Number(g.dataset.lane),
      kind: g.dataset.kind,
      name: g.dataset.name,
      coro: g.dataset.coro,
    }));
    const spans = [...pane.querySelectorAll(".tl-span")].map((r) => ({
      lane: Number(r.dataset.lane),
      kind: r.dataset.kind,
      start: Number(r.dataset.start),
      end: Number(r.dataset.end),
      label: r.dataset.label ?? "",
      x: Number(r.getAttribute("x")),
      width: Number(r.getAttribute("width")),
    }));
    const instants = [...pane.querySelectorAll(".tl-instant")].map((g) => ({
      lane: Number(g.dataset.lane),
      kind: g.dataset.kind,
      at: Number(g.dataset.at),
    }));
    return { state: pane.dataset.state, summary: pane.querySelector(".timeline-summary").textContent, lanes, spans, instants };
  });
}

const gatherCode = `import asyncio


async def sleeper(name):
    await asyncio.sleep(1)
    return name


async def main():
    print(await asyncio.gather(sleeper("a"), sleeper("b"), sleeper("c")))


asyncio.run(main())
`;

test("draws three sleeping tasks and main waiting side by side", async (t) => {
  const pg = await open(t);
  assert.equal(await pg.page.isChecked(".timeline-toggle"), true, "recording is on by default");
  const out = await pg.run(gatherCode);
  assert.equal(out.stdout, "['a', 'b', 'c']\n");
  await pg.page.waitForSelector("#timeline[data-state=ready]");
  const chart = await readChart(pg.page);

  const tasks = chart.lanes.filter((l) => l.kind === "task");
  assert.deepEqual(
    tasks.map((l) => `${l.name} ${l.coro}`),
    ["Task-1 main", "Task-2 sleeper", "Task-3 sleeper", "Task-4 sleeper"],
  );
  assert.equal(chart.lanes.filter((l) => l.kind === "loop").length, 1);

  // The three sleepers wait for sleep(1) over the same interval, 0 to 1 s of virtual time,
  // and so are drawn as bars of the same position and length.
  const sleeps = tasks.slice(1).map((l) => chart.spans.filter((s) => s.lane === l.id && s.kind === "waiting"));
  for (const waits of sleeps) {
    assert.equal(waits.length, 1);
    assert.deepEqual([waits[0].label, waits[0].start, waits[0].end], ["sleep(1)", 0, 1]);
    assert.equal(waits[0].x, sleeps[0][0].x);
    assert.equal(waits[0].width, sleeps[0][0].width);
  }
  const main = chart.spans.filter((s) => s.lane === tasks[0].id && s.kind === "waiting");
  assert.deepEqual(main.map((s) => [s.label, s.start, s.end]), [["gather", 0, 1]]);
  // Every task ends with a done mark at 1 s.
  for (const l of tasks) {
    assert.deepEqual(chart.instants.filter((i) => i.lane === l.id && i.kind === "done").map((i) => i.at), [1]);
  }
  assert.match(chart.summary, /タスク 4 個・仮想時間 1\.000 秒/);
  // The legend names the three bars in Japanese.
  const legend = await pg.page.textContent(".timeline-legend");
  for (const word of ["実行中", "待機", "ブロック"]) assert.ok(legend.includes(word), `the legend shows ${word}`);

  // Hovering a waiting bar shows what it waits for.
  await pg.page.hover(`.tl-span[data-lane="${tasks[1].id}"][data-kind=waiting]`);
  const tip = pg.page.locator(".timeline-tooltip");
  await tip.waitFor({ state: "visible" });
  assert.match(await tip.textContent(), /Task-2 — 待機: sleep\(1\)/);
  assert.deepEqual(pg.errors, []);
});

test("draws time.sleep as a blocking bar, and records nothing when unticked", async (t) => {
  const pg = await open(t);
  const code = `import asyncio, time


async def main():
    time.sleep(2)


asyncio.run(main())
`;
  await pg.run(code);
  await pg.page.waitForSelector("#timeline[data-state=ready]");
  const chart = await readChart(pg.page);
  const blocking = chart.spans.filter((s) => s.kind === "blocking");
  assert.deepEqual(blocking.map((s) => [s.label, s.start, s.end]), [["time.sleep(2)", 0, 2]]);

  await pg.page.uncheck(".timeline-toggle");
  await pg.waitDone(await pg.start());
  assert.equal(await pg.page.getAttribute("#timeline", "data-state"), "off");
  assert.equal(await pg.page.locator(".tl-span").count(), 0);
  assert.deepEqual(pg.errors, []);
});
