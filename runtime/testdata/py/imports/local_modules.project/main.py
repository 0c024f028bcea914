# A program split over several files: modules and a package next to it are importable,
# as python3 makes the script's directory sys.path[0].
import asyncio
import sys

import prices
from shop import cart
from shop.cart import Cart


def shop_all():
    import shop
    return shop.__all__, hasattr(shop, "cart")


print(prices.__name__, prices.TAX_RATE)
print(cart.__name__, cart.__package__, Cart.__module__)
print("shop" in sys.modules, "shop.cart" in sys.modules, "shop.broken" in sys.modules)
print(prices.with_tax(100), shop_all())

c = Cart()
c.add("お茶", 120)
c.add("おにぎり", 150)
print(asyncio.run(c.checkout()))

import shop.broken
