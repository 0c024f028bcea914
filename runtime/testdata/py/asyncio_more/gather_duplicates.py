# gather with the same awaitable twice, futures and return_exceptions.
import asyncio
async def work(x):
    await asyncio.sleep(0.1)
    return x
async def main():
    c = work(1)
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(work(2))
    print(await asyncio.gather(t, t, work(3)))
    f = asyncio.get_running_loop().create_future()
    f.set_result(9)
    print(await asyncio.gather(f, f))
    done, pending = await asyncio.wait([t, f])
    print(len(done), len(pending))
    print(await asyncio.gather(*[work(i) for i in range(3)], return_exceptions=True))
    r = await asyncio.gather(asyncio.sleep(0.1), return_exceptions=False)
    print(r)
asyncio.run(main())
