async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
s = stubborn()
run(s.__anext__())
try:
    run(s.aclose())
except RuntimeError as e:
    print(e)
async def raiser():
    yield 1
    raise StopAsyncIteration
r = raiser()
run(r.__anext__())
try:
    run(r.__anext__())
except RuntimeError as e:
    print(e)
aw = raiser().__anext__()
run(aw)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
