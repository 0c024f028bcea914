def f():
    g()
def g():
    raise ValueError("bad value")
f()
