# sys.exit inside a task: SystemExit leaves asyncio.run and ends the program with its code.
import asyncio
import sys


async def worker():
    await asyncio.sleep(0.2)
    print("worker exiting the program")
    sys.exit(3)


async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other finally")


async def main():
    asyncio.create_task(other())
    try:
        await asyncio.gather(worker(), asyncio.sleep(1))
    finally:
        print("main finally")


try:
    asyncio.run(main())
finally:
    print("outer finally")
