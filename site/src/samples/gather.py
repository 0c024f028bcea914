# asyncio.gather で 3 つの料理を同時に作ります。
# 待ち時間が重なるので、全部で 3 秒ですみます (順番に作ると 6 秒)。
import asyncio


async def cook(dish, seconds):
    print(f"{dish}: 作りはじめ")
    await asyncio.sleep(seconds)
    print(f"{dish}: できあがり ({seconds} 秒)")
    return dish


async def main():
    dishes = await asyncio.gather(
        cook("ごはん", 3),
        cook("みそ汁", 1),
        cook("焼き魚", 2),
    )
    print("そろいました:", dishes)


asyncio.run(main())
