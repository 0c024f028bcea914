import types
@types.coroutine
def suspend():
    yield "waiting"
async def worker():
    try:
        await suspend()
    except ValueError as e:
        print("worker caught", e)
        return "recovered"
w = worker()
print(w.send(None))
try:
    w.throw(ValueError("cancel"))
except StopIteration as e:
    print(e.value)
w2 = worker()
w2.send(None)
print(w2.cr_await is not None, w2.cr_running)
w2.close()
print(w2.cr_frame)
