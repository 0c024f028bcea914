import asyncio

async def greet(name):
    print("hello", name)

async def main():
    greet("lost")
    await asyncio.sleep(0)
    print("main done")

c = greet("module level")
asyncio.run(main())
