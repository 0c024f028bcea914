# TaskGroup.create_task numbers every task, then renames the named ones (as CPython does),
# so later tasks get the same numbers as in CPython; context= runs the task in that context.
import asyncio, contextvars
v = contextvars.ContextVar("v", default="none")
async def job():
    await asyncio.sleep(1)
    print(asyncio.current_task().get_name(), v.get())
async def main():
    ctx = contextvars.copy_context()
    ctx.run(v.set, "from ctx")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(), name="fetch")
        tg.create_task(job(), context=ctx)
        t = tg.create_task(job())
    print(t.get_name(), asyncio.create_task(job()).get_name())
asyncio.run(main())
