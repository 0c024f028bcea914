import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("in gather")

async def main():
    g = asyncio.gather(fail(), asyncio.sleep(0.2))
    await asyncio.sleep(0.5)
    print(g.done())
    loop = asyncio.get_running_loop()
    f = asyncio.Future()
    f.set_exception(OSError(2, "nope"))
    class MyFut(asyncio.Future):
        pass
    m = MyFut()
    m.set_exception(TypeError("sub"))

asyncio.run(main())
loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_exception(KeyError("k"))
loop.close()
print("end")
