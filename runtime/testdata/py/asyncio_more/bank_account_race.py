# A classic race: read-modify-write across an await loses updates; a Lock fixes it.
import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)
        self.balance = current + amount

    async def deposit_safe(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def main():
    acct = Account()
    await asyncio.gather(*(acct.deposit_unsafe(10) for _ in range(100)))
    print("unsafe balance:", acct.balance)
    acct = Account()
    await asyncio.gather(*(acct.deposit_safe(10) for _ in range(100)))
    print("safe balance:", acct.balance)
    print("virtual time:", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())
