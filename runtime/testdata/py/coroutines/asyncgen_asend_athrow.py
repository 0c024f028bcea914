async def agen():
    try:
        v = yield 1
        print("sent", v)
        yield 2
    except ValueError:
        yield "caught"
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
ag = agen()
print(run(ag.__anext__()))
print(run(ag.asend("hello")))
print(run(ag.athrow(ValueError)))
print(run(ag.aclose()))
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("stopped")
a = agen()
print(run(a.aclose()))
