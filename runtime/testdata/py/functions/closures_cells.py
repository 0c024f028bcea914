def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def cellarg(x):
    def get():
        return x
    x += 1
    return get
print(cellarg(1)())
def shadow():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(shadow())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
