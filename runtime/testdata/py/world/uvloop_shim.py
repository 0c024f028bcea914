# asobiba.uvloop: uvloop's API on Asobiba's loop (the oracle has no uvloop: Asobiba's own
# expected output).
import asyncio

import asobiba.uvloop as uvloop


async def main(tag):
    await asyncio.sleep(1)
    print("Hello with uvloop", tag, asyncio.get_running_loop().time())


uvloop.run(main("run"))
with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
    runner.run(main("runner"))
asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
asyncio.run(main("policy"))
print(isinstance(asyncio.get_event_loop_policy(), uvloop.EventLoopPolicy))
uvloop.install()
import uvloop as installed
print(installed is uvloop, isinstance(uvloop.new_event_loop(), uvloop.Loop))
