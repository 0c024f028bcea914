// The Python programs of the browser benchmark, each with the output that proves it ran.
//
// Every program ends in `asyncio.run(main())` or in plain statements. Pyodide and MicroPython
// run code on the browser's own event loop, where asyncio.run cannot block, so for them
// forTopLevelAwait() turns the last line into `await main()` (both accept top-level await).

import { readFileSync } from "node:fs";

/** The start-up program: the time to its first line of output is what a visitor waits for. */
export const startup = {
  name: "asyncio.gather start-up",
  code: `import asyncio


async def worker(name):
    await asyncio.sleep(0)
    print("hello from", name)


async def main():
    await asyncio.gather(worker("a"), worker("b"), worker("c"))


asyncio.run(main())
`,
  expect: "hello from a\nhello from b\nhello from c\n",
};

/** The programs timed inside an engine that has already started. */
export const programs = [
  {
    key: "fib",
    name: "fib(25)",
    code: `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(25))
`,
    expect: "75025\n",
  },
  {
    key: "loop",
    name: "for i in range(10**6): s += i*i",
    code: `s = 0
for i in range(10**6):
    s += i * i
print(s)
`,
    expect: "333332833333500000\n",
  },
  {
    key: "tasks",
    name: "10k tasks × 2 sleep(0), one gather",
    // A file of its own: runtime/engine's BenchmarkBrowserTasks runs the same program natively.
    code: readFileSync(new URL("./programs/tasks_10k.py", import.meta.url), "utf8"),
    expect: "10000\n",
  },
  {
    key: "print",
    name: "print 100,000 lines",
    code: `for i in range(100000):
    print(i)
`,
    expect: Array.from({ length: 100000 }, (_, i) => `${i}\n`).join(""),
  },
];

/** Rewrites a program's final `asyncio.run(main())` as a top-level `await main()`. */
export function forTopLevelAwait(code) {
  return code.replace(/^asyncio\.run\(main\(\)\)\n$/m, "await main()\n");
}
