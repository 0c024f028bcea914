import asyncio

from prices import check, with_tax


class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, yen):
        self.items.append((name, check(yen)))

    async def checkout(self):
        await asyncio.sleep(1)
        total = sum(with_tax(yen) for _, yen in self.items)
        return f"{len(self.items)} items, {total} yen at t={asyncio.get_running_loop().time():.0f}"
