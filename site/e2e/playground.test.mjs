// Browser tests of the playground: the built dist/ served by `asobiba serve`, driven in
// headless Chromium. The expected outputs are those of CPython 3.12 running the same programs
// (with the virtual clock of shared/oracle for the asyncio ones).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Playground, distDir, launchBrowser, startServer } from "./harness.mjs";

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the playground in a fresh browser context (its own localStorage) and waits for it. */
async function open(t, url = server.url, { wait = true, setup } = {}) {
  const context = await browser.newContext();
  t.after(() => context.close());
  if (setup) await setup(context);
  const page = await context.newPage();
  const pg = new Playground(page);
  await page.goto(url);
  if (wait) await pg.waitReady();
  return pg;
}

test("shows a loading indicator until the engine is ready", async (t) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const pg = await open(t, server.url, {
    wait: false,
    // Hold the engine's download so that the loading state can be seen.
    setup: (context) => context.route(/\.wasm$/, async (route) => (await held, route.continue())),
  });
  const status = pg.page.locator(".engine-status");
  await status.getByText("エンジンを読み込み中…").waitFor();
  assert.equal(await pg.page.getByRole("button", { name: /実行/ }).isDisabled(), true);
  release();
  await pg.waitReady();
  assert.match(await status.textContent(), /準備完了/);
  assert.equal(await pg.page.getByRole("button", { name: /実行/ }).isEnabled(), true);
  assert.deepEqual(pg.errors, []);
});

test("an engine that cannot be downloaded is reported, and the page does not wait forever", async (t) => {
  const pg = await open(t, server.url, {
    wait: false,
    setup: (context) => context.route(/\/engine\.[0-9a-f]+\.wasm$/, (route) => route.fulfill({ status: 404, body: "" })),
  });
  await pg.page.waitForSelector("body[data-engine=failed]", { timeout: 10_000 });
  const status = await pg.page.locator(".engine-status").textContent();
  assert.match(status, /エンジンを読み込めませんでした/);
  assert.match(status, /HTTP 404/);
  assert.equal(await pg.page.getByRole("button", { name: /実行/ }).isDisabled(), true);
});

test("prints こんにちは", async (t) => {
  const pg = await open(t);
  const out = await pg.run('print("こんにちは")\n');
  assert.equal(out.stdout, "こんにちは\n");
  assert.equal(out.stderr, "");
  assert.equal(out.state, "done");
  assert.equal(out.exitStatus, 0);
  assert.deepEqual(pg.errors, []);
});

test("runs asyncio.gather on the virtual clock (Ctrl+Enter)", async (t) => {
  const pg = await open(t);
  const code = `import asyncio


async def worker(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: done")
    return name


async def main():
    results = await asyncio.gather(worker("A"), worker("B"), worker("C"))
    print(results)


asyncio.run(main())
`;
  const out = await pg.run(code, { keyboard: true });
  assert.equal(out.stdout, "A: start\nB: start\nC: start\nA: done\nB: done\nC: done\n['A', 'B', 'C']\n");
  assert.equal(out.stderr, "");
  assert.equal(out.exitStatus, 0);
  // Three one-second sleeps side by side take one virtual second.
  assert.match(out.summary, /仮想時間 1\.000 秒/);
  assert.deepEqual(pg.errors, []);
});

test("停止 stops an endless loop and the next run works within a second", async (t) => {
  const engineRequests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => /\/engine\.[0-9a-f]+\.wasm$/.test(req.url()) && engineRequests.push(req.url())),
  });
  await pg.setCode("while True:\n    pass\n");
  const n = await pg.start();
  // The program keeps running while the page stays responsive: it draws frames and edits.
  await pg.page.waitForTimeout(300);
  assert.equal(await pg.page.getAttribute("#output", "data-run-state"), "running");
  const frameMs = await pg.page.evaluate(() => {
    const asked = performance.now();
    return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - asked)));
  });
  assert.ok(frameMs < 500, `the page drew its next frame after ${frameMs} ms`);
  await pg.setCode('print("また動いた")\n');

  // Time, on the page's own clock, from the click on 停止 to the end of the next run.
  await pg.page.evaluate((next) => {
    const pane = document.getElementById("output");
    document.querySelector(".stop-button").addEventListener("click", () => (window.stopClickedAt = performance.now()), {
      capture: true,
      once: true,
    });
    new MutationObserver((_, observer) => {
      if (pane.dataset.runCount === String(next) && pane.dataset.runState !== "running") {
        window.nextRunEndedAt = performance.now();
        observer.disconnect();
      }
    }).observe(pane, { attributes: true });
  }, n + 1);
  await pg.page.getByRole("button", { name: /停止/ }).click();
  const out = await pg.waitDone(n, 5_000);
  assert.equal(out.state, "stopped");
  assert.match(out.summary, /停止しました/);

  const again = await pg.waitDone(await pg.start(), 5_000);
  assert.equal(again.stdout, "また動いた\n");
  assert.equal(again.exitStatus, 0);
  const elapsed = await pg.page.evaluate(() => window.nextRunEndedAt - window.stopClickedAt);
  assert.ok(elapsed < 1000, `from 停止 to the end of the next run took ${elapsed} ms`);
  // The first worker downloaded the engine; the one that replaced it got the compiled module.
  assert.equal(engineRequests.length, 1, `the engine was requested ${engineRequests.length} times`);
  assert.deepEqual(pg.errors, []);
});

test("a program whose tasks wait forever ends with a report instead of hanging", async (t) => {
  const pg = await open(t);
  const out = await pg.run(
    "import asyncio\n\nasync def main():\n    print('waiting')\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n",
  );
  assert.equal(out.stdout, "waiting\n");
  assert.equal(out.stderr, "");
  assert.equal(out.state, "deadlock");
  assert.equal(out.exitStatus, 0);
  assert.match(out.summary, /二度と起こらないこと/);
  assert.match(out.summary, /name='Task-1'/);
  assert.deepEqual(pg.errors, []);
});

test("a syntax error is reported as CPython reports it", async (t) => {
  const pg = await open(t);
  const out = await pg.run('print("hi"\n');
  assert.equal(out.stdout, "");
  assert.equal(out.stderr, '  File "main.py", line 1\n    print("hi"\n         ^\nSyntaxError: \'(\' was never closed\n');
  assert.equal(out.exitStatus, 1);
  assert.deepEqual(pg.errors, []);
});

test("100,000 printed lines all arrive", async (t) => {
  const pg = await open(t);
  const out = await pg.run("for i in range(100000):\n    print(i)\n", { timeout: 60_000 });
  assert.equal(out.stderr, "");
  assert.equal(out.exitStatus, 0);
  const lines = out.stdout.split("\n");
  assert.equal(lines.pop(), "", "the output ends with a newline");
  assert.equal(lines.length, 100_000);
  assert.equal(lines[0], "0");
  assert.equal(lines.at(-1), "99999");
  assert.deepEqual(pg.errors, []);
});

test("the editor keeps its content across a reload", async (t) => {
  const pg = await open(t);
  const code = '# 保存されるはず\nprint("また会いましたね")\n';
  await pg.setCode(code);
  await pg.page.reload();
  await pg.waitReady();
  assert.equal(await pg.getCode(), code);
  assert.deepEqual(pg.errors, []);
});

test("the sample menu loads the asyncio.gather sample, which runs", async (t) => {
  const pg = await open(t);
  await pg.page.selectOption(".sample-select", "gather");
  const code = await pg.getCode();
  assert.match(code, /^# asyncio\.gather で/);
  assert.match(code, /asyncio\.run\(main\(\)\)\n$/);
  const out = await pg.waitDone(await pg.start());
  assert.equal(
    out.stdout,
    [
      "ごはん: 作りはじめ",
      "みそ汁: 作りはじめ",
      "焼き魚: 作りはじめ",
      "みそ汁: できあがり (1 秒)",
      "焼き魚: できあがり (2 秒)",
      "ごはん: できあがり (3 秒)",
      "そろいました: ['ごはん', 'みそ汁', '焼き魚']",
      "",
    ].join("\n"),
  );
  assert.match(out.summary, /仮想時間 3\.000 秒/);
  assert.deepEqual(pg.errors, []);
});

test("works when served from a sub-path", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "asobiba-e2e-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "lessons"));
  symlinkSync(distDir, join(root, "lessons", "play"));
  const nested = await startServer(root);
  t.after(() => nested.close());

  const pg = await open(t, `${nested.url}lessons/play/`);
  const out = await pg.run('print("こんにちは")\n');
  assert.equal(out.stdout, "こんにちは\n");
  // A module the engine downloads on import comes from the sub-path too.
  const json = await pg.run('import json\nprint(json.dumps({"a": [1, 2]}))\n');
  assert.equal(json.stdout, '{"a": [1, 2]}\n');
  assert.deepEqual(pg.errors, []);
});

test("standard-library modules written in Python are downloaded when first imported", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const pylib = () => requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\//.test(path));
  assert.deepEqual(pylib(), [], "sources were downloaded before any program imported them");
  const code = `import dataclasses
import json


@dataclasses.dataclass
class Point:
    x: int
    y: int


print(json.dumps(dataclasses.asdict(Point(1, 2))))
`;
  const out = await pg.run(code);
  assert.equal(out.stderr, "");
  assert.equal(out.stdout, '{"x": 1, "y": 2}\n');
  const first = pylib();
  assert.ok(first.some((path) => path.endsWith("/json/__init__.py")), `json was not downloaded: ${first}`);
  assert.ok(first.some((path) => path.endsWith("/dataclasses.py")), `dataclasses was not downloaded: ${first}`);
  assert.equal(new Set(first).size, first.length, `a file was downloaded twice: ${first}`);
  const again = await pg.run(code);
  assert.equal(again.stdout, out.stdout);
  assert.deepEqual(pylib(), first, "the second run downloaded sources again");
  assert.deepEqual(pg.errors, []);
});

test("struct, array and cmath are Python sources the engine downloads when first imported", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const code = `import array
import cmath
import struct

a = array.array("h", [1, -2])
struct.pack_into("<h", a, 2, 300)
print(a, struct.unpack("<2h", a), struct.pack(">e", 1.5), cmath.sqrt(-4))
`;
  const out = await pg.run(code);
  assert.equal(out.stderr, "");
  assert.equal(out.stdout, "array('h', [1, 300]) (1, 300) b'>\\x00' 2j\n");
  const fetched = requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\//.test(path));
  for (const name of ["array.py", "cmath.py", "struct.py"]) {
    assert.ok(fetched.some((path) => path.endsWith(`/${name}`)), `${name} was not downloaded: ${fetched}`);
  }
  assert.deepEqual(pg.errors, []);
});

test("weakref, os and os.path are Python sources the engine downloads when first imported", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const code = `import os.path
import weakref
from os import path

class Node:
    pass

n = Node()
d = weakref.WeakValueDictionary(a=n)
s = weakref.WeakSet([n])
print(path is os.path, d["a"] is n, n in s, weakref.ref(n)() is n, type(d).__mro__[1].__name__)
print(path.join("a", "b.txt"), path.splitext("x/y.tar.gz"), path.normpath("/a/./b/../c"), path.exists("/tmp"))
print(type(weakref.proxy(n)).__name__, weakref.proxy(n).__class__ is Node)
`;
  const out = await pg.run(code);
  assert.equal(out.stderr, "");
  assert.equal(out.stdout, "True True True True MutableMapping\na/b.txt ('x/y.tar', '.gz') /a/c True\nProxyType True\n");
  const fetched = requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\//.test(path));
  for (const name of ["weakref.py", "_weakrefset.py", "_weakproxy.py", "os.py", "posixpath.py"]) {
    assert.ok(fetched.some((path) => path.endsWith(`/${name}`)), `${name} was not downloaded: ${fetched}`);
  }
  assert.deepEqual(pg.errors, []);
});

test("random is a Python source over the engine's _random, downloaded when first imported", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const code = `import random

random.seed(42)
print(random.random(), random.randint(1, 6), random.choice("abc"), random.sample(range(10), 3))
r = random.Random("seed")
print(r.random(), random.getstate()[0])
`;
  const out = await pg.run(code);
  assert.equal(out.stderr, "");
  assert.equal(out.stdout, "0.6394267984578837 1 c [4, 3, 8]\n0.1382359792209653 3\n");
  const fetched = requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\//.test(path));
  assert.ok(fetched.some((path) => path.endsWith("/random.py")), `random.py was not downloaded: ${fetched}`);
  assert.deepEqual(pg.errors, []);
});

test("warnings is a Python source over the engine's _warnings, downloaded when first imported", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const code = `import warnings

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)

old()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    old()
print(len(log), log[0].category.__name__)
`;
  const out = await pg.run(code);
  assert.equal(out.stdout, "1 DeprecationWarning\n");
  assert.equal(out.stderr, "main.py:6: DeprecationWarning: old() is deprecated\n  old()\n");
  const fetched = requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\//.test(path));
  assert.ok(fetched.some((path) => path.endsWith("/warnings.py")), `warnings.py was not downloaded: ${fetched}`);
  assert.deepEqual(pg.errors, []);
});

test("time formats and parses dates with a Python module downloaded on the first strftime, not on import", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const formatter = () => requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\/_strftime\.py$/.test(path));
  const clocks = await pg.run("import time\nprint(time.time(), time.gmtime(0).tm_year)\n");
  assert.equal(clocks.stdout, "0.0 1970\n");
  assert.deepEqual(formatter(), [], "import time downloaded _strftime.py");
  // CPython 3.11's output under the virtual clock of shared/oracle.
  const out = await pg.run(`import time
print(time.strftime("%Y-%m-%d %-H時", time.gmtime(3600 * 5)), time.strptime("2024-03-05", "%Y-%m-%d").tm_yday)
`);
  assert.equal(out.stderr, "");
  assert.equal(out.stdout, "1970-01-01 5時 65\n");
  assert.equal(formatter().length, 1, `_strftime.py downloads: ${formatter()}`);
  assert.deepEqual(pg.errors, []);
});

test("inspect and traceback are Python sources: inspect is downloaded on import, traceback ships compiled", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const code = `import inspect
import traceback


async def job(a, *, b=2):
    return a


def fail():
    return {}["key"]


try:
    fail()
except KeyError:
    traceback.print_exc()
print(inspect.iscoroutinefunction(job), inspect.signature(job), inspect.getsource(fail), end="")
print([f.name for f in traceback.extract_stack()], traceback.format_exception_only(ValueError("v")))
`;
  // CPython 3.11's output under the virtual clock of shared/oracle.
  const stderr = `Traceback (most recent call last):
  File "main.py", line 14, in <module>
    fail()
  File "main.py", line 10, in fail
    return {}["key"]
           ~~^^^^^^^
KeyError: 'key'
`;
  const out = await pg.run(code);
  assert.equal(out.stderr, stderr);
  assert.equal(out.stdout, `True (a, *, b=2) def fail():
    return {}["key"]
['<module>'] ['ValueError: v\\n']
`);
  const fetched = requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\//.test(path));
  assert.ok(fetched.some((path) => path.endsWith("/inspect.py")), `inspect.py was not downloaded: ${fetched}`);
  assert.ok(!fetched.some((path) => path.endsWith("/traceback.py")), `traceback.py was downloaded: ${fetched}`);
  assert.deepEqual(pg.errors, []);
});

test("the table of Unicode character names is downloaded for the first \\N{...} escape only", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const names = () => requests.filter((path) => path.endsWith("/_unicode_names.txt"));
  const plain = await pg.run('print("\\u00e9", "\\N{HANGUL SYLLABLE GA}")\n');
  assert.equal(plain.stdout, "\u00e9 \uac00\n");
  assert.deepEqual(names(), [], "the table was downloaded for a program without named escapes");
  const named = await pg.run('print("\\N{SNOWMAN}", "\\N{greek small letter alpha}")\n');
  assert.equal(named.stderr, "");
  assert.equal(named.stdout, "\u2603 \u03b1\n");
  const unknown = await pg.run('print("\\N{NO SUCH NAME}")\n');
  assert.match(unknown.stderr, /SyntaxError: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name\n/);
  assert.equal(names().length, 1, `the table was downloaded ${names().length} times`);
  assert.deepEqual(pg.errors, []);
});

test("a table of Unicode character names that cannot be downloaded gives a SyntaxError that says so", async (t) => {
  let blocked = true;
  const pg = await open(t, server.url, {
    setup: (context) =>
      context.route(/\/pylib\.[0-9a-f]+\/_unicode_names\.txt$/, (route) => (blocked ? route.fulfill({ status: 404, body: "" }) : route.continue())),
  });
  const failed = await pg.run('print("\\N{SNOWMAN}")\n');
  assert.match(failed.stderr, /SyntaxError: .*unknown Unicode character name \(the table of names could not be loaded: .*HTTP 404\)/);
  blocked = false;
  const retried = await pg.run('print("\\N{SNOWMAN}")\n');
  assert.equal(retried.stdout, "\u2603\n");
  assert.deepEqual(pg.errors, []);
});

test("a module that cannot be downloaded raises ImportError, and a later import retries", async (t) => {
  let blocked = true;
  const pg = await open(t, server.url, {
    setup: (context) =>
      context.route(/\/pylib\.[0-9a-f]+\/textwrap\.py$/, (route) => (blocked ? route.fulfill({ status: 404, body: "" }) : route.continue())),
  });
  const code = `try:
    import textwrap
except ImportError as e:
    print("ImportError", e.name)
else:
    print(textwrap.shorten("a b c d e f", 9))
`;
  const out = await pg.run(code);
  assert.equal(out.stdout, "ImportError textwrap\n");
  const failed = await pg.run("import textwrap\n");
  assert.match(failed.stderr, /ImportError: cannot load the standard library module textwrap: .*HTTP 404/);
  blocked = false;
  const retried = await pg.run(code);
  assert.equal(retried.stdout, "a b [...]\n");
  assert.deepEqual(pg.errors, []);
});

test("a traceback through asyncio shows its source lines, which are downloaded only then", async (t) => {
  const requests = [];
  const pg = await open(t, server.url, {
    setup: (context) => context.on("request", (req) => requests.push(new URL(req.url()).pathname)),
  });
  const asyncioSources = () => requests.filter((path) => /^\/pylib\.[0-9a-f]{12}\/asyncio\//.test(path));
  const ok = await pg.run("import asyncio\n\n\nasync def main():\n    await asyncio.sleep(0)\n    print('ok')\n\n\nasyncio.run(main())\n");
  assert.equal(ok.stdout, "ok\n");
  assert.deepEqual(asyncioSources(), [], "asyncio's sources were downloaded for a program without a traceback");
  const code = `import asyncio


async def main():
    await asyncio.sleep(0)
    raise ValueError("boom")


asyncio.run(main())
`;
  // CPython 3.11's output under the virtual clock of shared/oracle.
  const want = `Traceback (most recent call last):
  File "main.py", line 9, in <module>
    asyncio.run(main())
  File "<stdlib>/asyncio/runners.py", line 190, in run
    return runner.run(main)
           ^^^^^^^^^^^^^^^^
  File "<stdlib>/asyncio/runners.py", line 118, in run
    return self._loop.run_until_complete(task)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "<stdlib>/asyncio/base_events.py", line 653, in run_until_complete
    return future.result()
           ^^^^^^^^^^^^^^^
  File "main.py", line 6, in main
    raise ValueError("boom")
ValueError: boom
`;
  const failed = await pg.run(code);
  assert.equal(failed.stderr, want);
  assert.equal(failed.exitStatus, 1);
  const first = asyncioSources();
  assert.deepEqual(first.map((path) => path.replace(/^.*\/asyncio\//, "")).sort(), ["base_events.py", "runners.py"]);
  const again = await pg.run(code);
  assert.equal(again.stderr, want);
  assert.deepEqual(asyncioSources(), first, "the second traceback downloaded the sources again");
  assert.deepEqual(pg.errors, []);
});
