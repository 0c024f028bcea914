x = 1
def read_global():
    return x
def shadow():
    x = 2
    return x
def unbound():
    print(x)
    x = 3
print(read_global(), shadow())
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

class K:
    y = 10
    z = [y for _ in range(2)] if False else None
    def m(self):
        return y if False else self.y
print(K().m())

def comprehension_scope():
    i = "outer"
    squares = [i * i for i in range(3)]
    return i, squares
print(comprehension_scope())

def nonlocal_chain():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a += 5
        inner()
        return a
    return mid()
print(nonlocal_chain())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc():
    q = 1
    return sorted(locals())
print(loc())
