def f(*a, **k): return a, k
print(f(*[1, 2], *(3,), x=1, **{'y': 2}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    print(*1)
except TypeError as e:
    print(e)
try:
    f(1, *[2], **{3: 4})
except TypeError as e:
    print(e)
