# get_event_loop inside a coroutine, policy use, and behaviour both 3.11 and 3.12 agree on.
import asyncio
import warnings


async def main():
    loop = asyncio.get_event_loop()
    print(loop is asyncio.get_running_loop())
    policy = asyncio.get_event_loop_policy()
    print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        same = asyncio.get_event_loop() is loop
    print(same, [w.category.__name__ for w in caught])
    print("closing")


coro = main()
asyncio.run(coro)
coro2 = main()
coro2.close()
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
new.close()
asyncio.set_event_loop(None)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
