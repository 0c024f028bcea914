import inspect, functools
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str: "doc"
sig = inspect.signature(f)
print(sig, repr(sig), list(sig.parameters), [p.kind.name for p in sig.parameters.values()], sig.return_annotation)
p = sig.parameters["b"]
print(p, repr(p), p.name, p.default, p.annotation, p.kind, p.empty is inspect.Parameter.empty, p.kind.description, str(p.kind))
ba = sig.bind(1, c=3, z=9)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults(); print(ba.arguments)
for bad in [lambda: sig.bind(), lambda: sig.bind(1, 2, 3, a=1, c=1), lambda: inspect.signature(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(inspect.getfullargspec(f))
class K:
    def __init__(self, x, y=1): pass
    def m(self, q, *, r=2): pass
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(b): pass
print(inspect.signature(K), inspect.signature(K(1).m), inspect.signature(K.m), inspect.signature(K.c), inspect.signature(K.s))
print(inspect.signature(functools.partial(f, 1, c=5)), inspect.signature(lambda *a, **k: None))
@functools.wraps(f)
def w(*a, **k): return f(*a, **k)
print(inspect.signature(w), inspect.signature(w, follow_wrapped=False))
params = [inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD), inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, default=None)]
print(inspect.Signature(params, return_annotation=list), inspect.Signature())
def g(): yield 1
gen = g(); print(inspect.getgeneratorstate(gen)); next(gen); print(inspect.getgeneratorstate(gen)); gen.close(); print(inspect.getgeneratorstate(gen))
print(inspect.getmro(bool), inspect.isdatadescriptor(property()), inspect.isdatadescriptor(f))
