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
