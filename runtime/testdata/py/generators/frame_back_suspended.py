# A running generator's frame has a caller; a suspended or unstarted one has none, even
# after the frame that resumed it has returned and its slot was used for other calls.
import sys


def gen():
    yield sys._getframe().f_back is not None
    yield sys._getframe().f_back.f_code.co_name


def resume(g):
    return next(g)


g = gen()
print(g.gi_frame.f_back)
print(resume(g))
print(g.gi_frame.f_back)
for _ in range(3):
    resume(iter([1]))
print(resume(g))
print(g.gi_frame.f_back)


async def co():
    return 1


c = co()
print(c.cr_frame.f_back)
c.close()
