import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback 1", f.result()))
    fut.add_done_callback(lambda f: print("done callback 2"))
    loop.call_soon(print, "call_soon before set_result")
    loop.call_later(0, print, "call_later 0")
    fut.set_result("value")
    print("awaiting")
    print("awaited", await fut)
    await asyncio.sleep(0)
    print("after sleep(0)")
    def boom():
        raise ValueError("callback failed")
    loop.call_soon(boom)
    await asyncio.sleep(0.1)
    print("loop survived")

asyncio.run(main())
