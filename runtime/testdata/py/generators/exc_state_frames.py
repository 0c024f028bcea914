import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = g()
print(repr(next(it)))
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(it)))
print(repr(next(it)))
def frames():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_lineno
print(list(frames()))
