def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("a"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(list(gen(4)))
print(repr(g).startswith("<generator object gen at"), g.gi_running, g.gi_frame, g.gi_code.co_name)
