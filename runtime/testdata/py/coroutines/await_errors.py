async def f():
    await 1
try:
    f().send(None)
except TypeError as e:
    print(e)
class A:
    def __await__(self):
        return 1
async def g():
    await A()
try:
    g().send(None)
except TypeError as e:
    print(e)
async def h():
    return 5
c = h()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
class It:
    def __await__(self):
        yield "a"
        yield "b"
        return "c"
async def k():
    return await It()
c = k()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
