def f(a: int, b: str = "x") -> bool:
    "doc"
    return True
print(f.__annotations__, f.__doc__, f.__module__, f.__code__.co_varnames, f.__code__.co_argcount)
f.attr = 5
print(f.attr, f.__dict__)
print(repr(f).startswith("<function f at 0x"))
class K:
    def m(self): pass
print(repr(K.m).startswith("<function K.m at 0x"), repr(K().m).startswith("<bound method K.m of <__main__.K object at 0x"))
print(K().m.__self__.__class__.__name__, K().m.__func__ is K.m, K().m.__name__)
print(K().m == K().m, K.m.__get__(None, K) is K.m)
