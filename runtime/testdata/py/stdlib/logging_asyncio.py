# Logging from asyncio tasks: asctime follows the virtual clock; QueueHandler/Listener.
import asyncio
import logging
import logging.handlers
import queue
import sys

logging.basicConfig(stream=sys.stdout,
                    format="%(asctime)s.%(msecs)03d %(name)s %(funcName)s: %(message)s",
                    datefmt="%M:%S")
log = logging.getLogger("worker")
log.setLevel(logging.DEBUG)


async def worker(n, delay):
    log.info("worker %d starts", n)
    await asyncio.sleep(delay)
    log.debug("worker %d done after %.2fs", n, delay)
    return n


async def main():
    results = await asyncio.gather(worker(1, 0.5), worker(2, 1.25), worker(3, 0.125))
    logging.getLogger("main").warning("results %s", results)


asyncio.run(main())

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("listener: %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, target)
ql = logging.getLogger("queued")
ql.propagate = False
ql.addHandler(qh)
listener.start()
ql.warning("through the queue %d", 1)
ql.error("through the queue %d", 2)
listener.stop()

mem_target = logging.StreamHandler(sys.stdout)
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mem_target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mem)
ml.warning("buffered 1")
print("nothing yet")
ml.warning("buffered 2")
ml.error("flushes all")
