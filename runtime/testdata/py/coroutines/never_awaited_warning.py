async def example():
    return 42
coro = example()
print(type(coro))
def f():
    example()
f()
