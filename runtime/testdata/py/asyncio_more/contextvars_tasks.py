# contextvars across tasks: request ids, copies at task creation, Context.run.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
depth = contextvars.ContextVar("depth")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def inner():
    await asyncio.sleep(0.1)
    log("inner")
    request_id.set(request_id.get() + "/inner")
    log("inner changed")


async def handle(rid, delay):
    token = request_id.set(rid)
    await asyncio.sleep(delay)
    log("start")
    await asyncio.create_task(inner())
    log("after inner task")
    await inner()
    log("after inner await")
    request_id.reset(token)
    log("reset")


async def main():
    log("main start")
    await asyncio.gather(handle("r1", 0.2), handle("r2", 0.1))
    log("main end")
    try:
        depth.get()
    except LookupError as e:
        print("LookupError:", repr(e).split(" at ")[0])
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    print(ctx[request_id], request_id.get(), request_id in ctx, len([k for k in ctx if k is request_id]))
    t = asyncio.create_task(inner(), context=ctx)
    await t
    print(ctx[request_id])
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback in copied context", context=ctx)
    await asyncio.sleep(0)
    print(repr(request_id).startswith("<ContextVar name='request_id' default='-'"))


asyncio.run(main())
