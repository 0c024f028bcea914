import asyncio

async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(1)
    finally:
        print("ticker finalised")

async def main():
    async for v in ticker():
        print("got", v)
        if v == 2:
            break
    print("loop left")
    gen = ticker()
    print(await gen.__anext__())

asyncio.run(main())
print("finished")
