import asyncio

class PubSub:
    def __init__(self):
        self.subs = []
    def subscribe(self):
        q = asyncio.Queue()
        self.subs.append(q)
        return q
    async def publish(self, msg):
        for q in self.subs:
            await q.put(msg)

async def listener(name, q):
    while (msg := await q.get()) is not None:
        print(f"{name} <- {msg}")
    print(f"{name} done")

async def main():
    bus = PubSub()
    listeners = [asyncio.create_task(listener(n, bus.subscribe())) for n in ("L1", "L2")]
    for i in range(3):
        await bus.publish(f"event {i}")
        await asyncio.sleep(0.1)
    await bus.publish(None)
    await asyncio.wait(listeners)
    print(all(t.done() for t in listeners))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(i, i)) for i in (1, 2)], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    async def boom():
        await asyncio.sleep(0.5)
        raise ValueError("x")
    done, pending = await asyncio.wait([asyncio.create_task(boom()), asyncio.create_task(asyncio.sleep(3))], return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    for p in pending:
        p.cancel()

asyncio.run(main())
