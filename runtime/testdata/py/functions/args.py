def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def pos_only(a, b, /, c, *, d):
    return a + b + c + d

print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))

def defaults(x, acc=[]):
    acc.append(x)
    return acc

print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, x=2), (lambda x=5: x)())
for call in ("f()", "f(1)", "f(1, c=1, c=2)" if False else "f(1, 2, c=3, b=4)",
             "pos_only(1, b=2, c=3, d=4)", "pos_only(1, 2, 3, 4)", "defaults()",
             "defaults(1, 2, 3)", "(lambda: 0)(1)", "f(1, c=3, **{'a': 1})"):
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)
