import graphlib, reprlib, timeit, time
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}, "e": set()})
print(list(ts.static_order()))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "tests": ["app"], "docs": []}
print(list(graphlib.TopologicalSorter(deps).static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(2, 0)
ts.prepare()
while ts:
    ready = ts.get_ready()
    print("ready", ready)
    ts.done(*ready)
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e:
    print(e.args)
try:
    t = graphlib.TopologicalSorter(); t.get_ready()
except ValueError as e:
    print(e)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(20))))
print(reprlib.repr(10 ** 50), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(frozenset()), reprlib.repr(object)[:20])
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
print(Node(), Node.__repr__.__name__)
print(timeit.timeit("x = sum(range(10))", number=1000), timeit.timeit(lambda: time.sleep(0.01), number=3))
t = timeit.Timer("a + b", setup="a, b = 1, 2")
print(t.timeit(100), t.repeat(3, 10), timeit.repeat("pass", repeat=2, number=5))
