# Progress reporting while downloads run: a monitor task polls shared state.
import asyncio


async def download(name, size, progress):
    done = 0
    while done < size:
        await asyncio.sleep(0.1)
        done = min(size, done + 3)
        progress[name] = done / size


async def monitor(progress, stop):
    while not stop.is_set():
        snapshot = " ".join(f"{k}:{v:4.0%}" for k, v in sorted(progress.items()))
        print(f"[{asyncio.get_running_loop().time():4.1f}] {snapshot}")
        try:
            await asyncio.wait_for(stop.wait(), 0.25)
        except asyncio.TimeoutError:
            pass


async def main():
    progress = {}
    stop = asyncio.Event()
    mon = asyncio.create_task(monitor(progress, stop))
    await asyncio.gather(download("a", 10, progress), download("b", 6, progress), download("c", 14, progress))
    stop.set()
    await mon
    print("all done:", progress)


asyncio.run(main())
