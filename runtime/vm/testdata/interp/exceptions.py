# context and cause
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
# ---
# bare raise and exc_info
import sys
try:
    raise
except RuntimeError as e:
    print(e)
def f():
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
print(sys.exc_info())
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 1:
        pass
    try:
        1/0
    except (ValueError, 1):
        pass
except TypeError as e:
    print(e)
# ---
# finally and flow
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
def k():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no")
k()
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
# ---
# with statement
class CM:
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.swallow
with CM(False) as c:
    print("body", c.swallow)
with CM(True):
    raise ValueError("eaten")
try:
    with CM(False):
        raise ValueError("passes")
except ValueError as e:
    print("got", e)
def r():
    with CM(False):
        return "from with"
print(r())
try:
    with 1:
        pass
except TypeError as e:
    print(e)
# ---
# exception groups
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", repr(g))
except* TypeError as g:
    print("types", repr(g))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except* KeyError as g:
    print("outer", repr(g))
try:
    raise ValueError("naked")
except* ValueError as g:
    print(repr(g))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as g:
    print(repr(g), repr(g.exceptions[0].__context__))
# ---
# unpacking errors
for src in ["a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = (x for x in range(3))"]:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a, *b, c = range(5)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
