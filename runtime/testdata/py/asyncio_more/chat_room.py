# A simulated chat room: users send messages through a broadcast hub with per-user queues.
import asyncio
import random

random.seed(11)


class Hub:
    def __init__(self):
        self.queues = {}

    def join(self, name):
        self.queues[name] = asyncio.Queue()
        return self.queues[name]

    def leave(self, name):
        del self.queues[name]

    async def broadcast(self, sender, text):
        for name, q in self.queues.items():
            if name != sender:
                await q.put((sender, text))


async def user(hub, name, n_messages, transcript):
    inbox = hub.join(name)

    async def reader():
        while True:
            sender, text = await inbox.get()
            transcript.append(f"{name} <- {sender}: {text}")

    r = asyncio.create_task(reader())
    for i in range(n_messages):
        await asyncio.sleep(random.randint(1, 4) / 10)
        await hub.broadcast(name, f"msg{i}")
    await asyncio.sleep(0.5)
    r.cancel()
    hub.leave(name)
    return name


async def main():
    hub = Hub()
    transcript = []
    left = await asyncio.gather(user(hub, "ann", 2, transcript), user(hub, "bob", 3, transcript),
                                user(hub, "cy", 1, transcript))
    print(left)
    print("\n".join(transcript))
    print(len(transcript), "deliveries; time", round(asyncio.get_running_loop().time(), 1))


asyncio.run(main())
