# A crawler over a fake site graph: bounded concurrency, dedup, depth limit, timeouts.
import asyncio

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/slow"],
    "/c": [],
    "/a/1": ["/a/2"],
    "/a/2": ["/missing"],
    "/b/1": [],
    "/slow": ["/never"],
}


async def fetch(path):
    await asyncio.sleep(5 if path == "/slow" else 0.1 * (len(path) % 3 + 1))
    if path not in SITE:
        raise LookupError(f"404 {path}")
    return SITE[path]


async def crawl(start, max_depth=3, workers=2):
    seen = {start}
    queue = asyncio.Queue()
    queue.put_nowait((start, 0))
    results = {}

    async def worker(wid):
        while True:
            path, depth = await queue.get()
            try:
                links = await asyncio.wait_for(fetch(path), timeout=1)
                results[path] = f"ok ({len(links)} links) by w{wid}"
                if depth < max_depth:
                    for link in links:
                        if link not in seen:
                            seen.add(link)
                            queue.put_nowait((link, depth + 1))
            except asyncio.TimeoutError:
                results[path] = "timeout"
            except LookupError as e:
                results[path] = str(e)
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results


async def main():
    results = await crawl("/")
    for path in sorted(results):
        print(f"{path:10} {results[path]}")
    print("time", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())
