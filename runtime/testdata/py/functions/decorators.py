import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", result)
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco

@trace
def add(a, b=0):
    """Adds two numbers."""
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

add(1, b=2)
print(add.__name__, add.__doc__, hello("x"))

def order(label):
    print("evaluating", label)
    def deco(fn):
        print("applying", label)
        return fn
    return deco

@order("first")
@order("second")
def target():
    pass
