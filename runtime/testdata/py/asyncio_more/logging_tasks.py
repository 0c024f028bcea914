# logging from coroutines with a formatter that includes the task name.
import asyncio
import logging
import sys


class TaskNameFilter(logging.Filter):
    def filter(self, record):
        try:
            record.task = asyncio.current_task().get_name()
        except RuntimeError:
            record.task = "-"
        return True


log = logging.getLogger("app")
handler = logging.StreamHandler(sys.stderr)
handler.setFormatter(logging.Formatter("%(levelname)s %(task)s %(name)s: %(message)s"))
handler.addFilter(TaskNameFilter())
log.addHandler(handler)
log.setLevel(logging.DEBUG)


async def job(n):
    log.debug("starting %d", n)
    await asyncio.sleep(n / 10)
    if n == 2:
        log.warning("job %d is slow", n)
    log.info("finished %s", n)
    return n


async def main():
    results = await asyncio.gather(*(asyncio.create_task(job(i), name=f"job-{i}") for i in range(3)))
    log.info("results %s", results)
    try:
        await asyncio.create_task(asyncio.sleep(0, result=1 / 0))
    except ZeroDivisionError:
        log.exception("failed")


log.info("before run")
asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.ERROR)
print(logging.getLogger("asyncio").level)
