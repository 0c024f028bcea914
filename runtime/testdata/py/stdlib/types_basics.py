import types
from types import SimpleNamespace, MappingProxyType

ns = SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == SimpleNamespace(a=1, b="two", c=[3]))
print(SimpleNamespace(), SimpleNamespace(**{"x": 1}, y=2))
try:
    SimpleNamespace({"x": 1})
except TypeError as e:
    print("TypeError:", e)
class Sub(SimpleNamespace):
    pass
print(Sub(q=1), type(ns))
ns.self = ns
print(ns)
mp = MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)

def f():
    pass
def g():
    yield 1
async def c():
    pass
async def ag():
    yield 1

class K:
    def m(self):
        pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(K().m, types.MethodType))
coro = c()
print(isinstance(coro, types.CoroutineType), isinstance(ag(), types.AsyncGeneratorType))
coro.close()
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(type(None) is types.NoneType, types.EllipsisType is type(...), types.NotImplementedType)
print(types.GenericAlias(list, (int,)), isinstance(int | str, types.UnionType))
m = types.ModuleType("mymod", "doc here")
m.x = 1
print(m.__name__, m.__doc__, m.x)
bound = types.MethodType(lambda self, y: (self, y), 5)
print(bound(6))

def body(ns):
    ns["attr"] = 42
Dyn = types.new_class("Dyn", (object,), {}, body)
print(Dyn.attr, Dyn.__name__, types.resolve_bases((int, str)))
print(types.prepare_class("X")[0], types.prepare_class("Y", (int,))[0])
