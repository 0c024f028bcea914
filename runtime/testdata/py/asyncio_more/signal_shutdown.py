# Graceful shutdown on SIGINT/SIGTERM with loop.add_signal_handler (the signal is raised by
# the program itself, so the run is deterministic).
import asyncio
import signal


async def server(stop):
    served = 0
    while not stop.is_set():
        await asyncio.sleep(0.25)
        served += 1
    return served


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    got = []

    def on_signal(name):
        got.append(name)
        stop.set()

    loop.add_signal_handler(signal.SIGTERM, on_signal, "SIGTERM")
    loop.add_signal_handler(signal.SIGINT, on_signal, "SIGINT")
    task = asyncio.create_task(server(stop))
    await asyncio.sleep(1.1)
    signal.raise_signal(signal.SIGTERM)
    print("raised; handler not yet run:", got)
    served = await task
    print("served", served, "signals", got, "at", round(loop.time(), 2))
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    print(loop.remove_signal_handler(signal.SIGINT))
    for bad in ("x", 0, 1000):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    try:
        loop.add_signal_handler(signal.SIGINT, main)
    except TypeError as e:
        print("TypeError:", e)
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("default SIGINT handler restored")


asyncio.run(main())
