# asyncio.run called twice, nested asyncio.run, and run() argument checks.
import asyncio


async def answer():
    await asyncio.sleep(0.1)
    return 42


async def nested():
    coro = answer()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(answer())
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "nested ok"


print(asyncio.run(answer()))
print(asyncio.run(answer()))
print(asyncio.run(nested()))
try:
    asyncio.run(answer)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(answer(), debug=False))
with asyncio.Runner() as runner:
    print(runner.run(answer()), runner.run(answer()))
    loop = runner.get_loop()
print(loop.is_closed())
try:
    runner.run(answer())
except RuntimeError as e:
    print("RuntimeError:", e)
