import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

async def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handle(i):
    request_id.set(f"req{i}")
    await asyncio.sleep(0.1 * (3 - i))
    await log(f"handled {i}")

async def main():
    await log("start")
    await asyncio.gather(*(handle(i) for i in range(3)))
    await log("end")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "custom")
    t = asyncio.create_task(log("in custom ctx"), context=ctx)
    await t
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("cb sees", request_id.get()), context=ctx)
    await asyncio.sleep(0)
    request_id.set("main")
    await asyncio.to_thread(lambda: print("thread sees", request_id.get()))

asyncio.run(main())
