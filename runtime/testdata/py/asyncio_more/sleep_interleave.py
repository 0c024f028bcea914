# Round-robin interleaving with sleep(0), and equal deadlines firing in FIFO order.
import asyncio


async def counter(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def at(delay, name, log):
    await asyncio.sleep(delay)
    log.append(name)


async def main():
    log = []
    await asyncio.gather(counter("a", 3, log), counter("b", 2, log), counter("c", 4, log))
    print(" ".join(log))
    log.clear()
    await asyncio.gather(*(at(0.5, f"t{i}", log) for i in range(5)), at(0.25, "early", log))
    print(" ".join(log))
    log.clear()
    ts = [asyncio.create_task(at(0, f"z{i}", log)) for i in range(3)]
    log.append("created")
    await asyncio.sleep(0)
    log.append("after one sleep(0)")
    await asyncio.gather(*ts)
    print(" ".join(log))
    print(await asyncio.sleep(0.1, result="value"), await asyncio.sleep(-5, "negative"))
    loop = asyncio.get_running_loop()
    t = loop.time()
    await asyncio.sleep(1e-9)
    print("tiny sleep advances:", loop.time() - t < 0.001)


asyncio.run(main())
