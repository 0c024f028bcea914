import asyncio
import contextvars

user = contextvars.ContextVar("user")
depth = contextvars.ContextVar("depth", default=0)

async def inner():
    depth.set(depth.get() + 1)
    await asyncio.sleep(0)
    return depth.get()

async def handler(name):
    user.set(name)
    token = depth.set(10)
    r = await inner()
    print(name, "inner saw", r, "after inner", depth.get())
    t = asyncio.create_task(inner())
    print(name, "task saw", await t, "after task", depth.get())
    depth.reset(token)
    return user.get(), depth.get()

async def main():
    user.set("main")
    print(await asyncio.gather(handler("alice"), handler("bob")))
    print("main still", user.get(), depth.get())
    task = asyncio.current_task()
    print(task.get_name())
    t = asyncio.create_task(handler("carol"))
    tok = None
    async def try_reset():
        try:
            user.reset(shared_token)
        except ValueError as e:
            print("ValueError", str(e).split(">")[-1])
    shared_token = user.set("changed")
    await asyncio.create_task(try_reset())
    await t
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def on_done(f):
        user.set("from callback")
        print("callback sees depth", depth.get())
    fut.add_done_callback(on_done)
    depth.set(99)
    fut.set_result(None)
    await asyncio.sleep(0)
    print("main user after callback", user.get())
    def set_in_cb():
        user.set("cb2")
    loop.call_soon(set_in_cb)
    await asyncio.sleep(0)
    print("main user after call_soon", user.get())

user.set("module")
asyncio.run(main())
print("module user", user.get())
