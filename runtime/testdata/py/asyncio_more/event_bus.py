# A small publish/subscribe event bus with async handlers, errors isolated per handler.
import asyncio
from collections import defaultdict


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register

    async def emit(self, event, *args):
        results = await asyncio.gather(*(h(*args) for h in self.handlers[event]), return_exceptions=True)
        for handler, result in zip(self.handlers[event], results):
            if isinstance(result, Exception):
                print(f"handler {handler.__name__} failed: {result!r}")
        return [r for r in results if not isinstance(r, Exception)]


bus = EventBus()


@bus.on("order")
async def send_email(order_id):
    await asyncio.sleep(0.2)
    return f"email for {order_id}"


@bus.on("order")
async def update_stock(order_id):
    await asyncio.sleep(0.1)
    if order_id == 2:
        raise RuntimeError("out of stock")
    return f"stock for {order_id}"


@bus.on("order")
async def audit(order_id):
    return f"audit {order_id}"


async def main():
    for order_id in (1, 2):
        print(await bus.emit("order", order_id))
    print(await bus.emit("unknown"))


asyncio.run(main())
