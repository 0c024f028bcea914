import asyncio

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
async def f():
    return asyncio.get_event_loop() is loop
print(loop.run_until_complete(f()))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
loop.close()
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
new.close()
