# A periodic timer built on call_later, and a heartbeat task stopped by an Event.
import asyncio


class Periodic:
    def __init__(self, loop, interval, fn):
        self.loop, self.interval, self.fn = loop, interval, fn
        self.handle = None
        self.count = 0

    def start(self):
        self.handle = self.loop.call_later(self.interval, self._tick)

    def _tick(self):
        self.count += 1
        self.fn(self.count, round(self.loop.time(), 2))
        self.start()

    def stop(self):
        self.handle.cancel()


async def heartbeat(stop, period):
    beats = 0
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=period)
        except asyncio.TimeoutError:
            beats += 1
            print("beat", beats)
    return beats


async def main():
    loop = asyncio.get_running_loop()
    p = Periodic(loop, 0.3, lambda n, t: print("tick", n, t))
    p.start()
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop, 0.4))
    await asyncio.sleep(1.0)
    p.stop()
    loop.call_later(0.5, stop.set)
    print("heartbeats:", await hb, "ticks:", p.count)
    print("time", round(loop.time(), 2))


asyncio.run(main())
