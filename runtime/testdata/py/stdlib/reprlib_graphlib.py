# reprlib.Repr limits and recursive_repr; graphlib.TopologicalSorter and CycleError.
import graphlib
import reprlib

r = reprlib.Repr()
print(r.repr(list(range(20))), r.repr(tuple(range(3))), r.repr((1,)), r.repr(set(range(10))))
print(r.repr({i: str(i) for i in range(10)}), r.repr("x" * 100), r.repr(2 ** 200))
print(r.repr([[[[[[[1]]]]]]]), r.repr(frozenset()), r.repr(set()), r.repr({}))
r.maxlist = 2
r.maxstring = 10
r.fillvalue = "<...>"
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), reprlib.repr(object)[:15])
print(reprlib.repr({5, 3, 9, 1}), reprlib.repr([{"b", "a"}]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


a = Node("a")
a.children.append(Node("b"))
a.children.append(a)
print(a, Node.__repr__.__name__)

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}, "E": set()}
ts = graphlib.TopologicalSorter(graph)
order = list(ts.static_order())
print(order.index("A") < order.index("B") < order.index("D"), sorted(order))

ts = graphlib.TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.add("compile", "fetch")
ts.add("test", "build")
print(list(ts.static_order()))

ts = graphlib.TopologicalSorter({3: [1, 2], 4: [3], 5: [3]})
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready, bool(ts))
    ts.done(*ready)
for bad in [lambda: ts.done(3), lambda: ts.done(99), lambda: ts.prepare(), lambda: ts.add(7)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
ts = graphlib.TopologicalSorter({1: [2]})
ts.prepare()
try:
    ts.done(1)
except ValueError as e:
    print("ValueError:", e)
try:
    graphlib.TopologicalSorter().get_ready()
except ValueError as e:
    print("ValueError:", e)

for g in [{"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [2], 2: [3], 3: [2], 4: [1]}, {"x": ["x"]}]:
    try:
        list(graphlib.TopologicalSorter(g).static_order())
    except graphlib.CycleError as e:
        print("CycleError:", e.args[0], e.args[1], isinstance(e, ValueError))
