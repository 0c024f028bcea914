# What random does as Python 3.12, which Asobiba implements: binomialvariate, expovariate's
# default rate, and randrange's 3.12 errors. CPython 3.11 (the usual oracle) differs, so the
# expected output (.asobiba.out) is CPython 3.12's, made under the virtual-clock oracle by
#   /root/.pyenv/versions/3.12.1/bin/python3 ../shared/oracle/vclock.py random_py312.py
import random

random.seed(312)
print("binomialvariate" in random.__all__, random.binomialvariate(), random.expovariate())
for n, p in ((0, 0.5), (1, 0.3), (1, 0.9), (5, 0.0), (5, 1.0), (10, 0.3), (10, 0.7), (40, 0.2),
             (100, 0.5), (100, 0.95), (1000, 0.01), (1000, 0.4), (10**6, 0.25), (50, 1e-12)):
    print(n, p, [random.binomialvariate(n, p) for _ in range(6)])
r = random.Random(7)
print(sum(r.binomialvariate(20, 0.5) for _ in range(2000)), r.binomialvariate(n=3, p=0.5))


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("binomialvariate(-1)", random.binomialvariate, -1)
attempt("binomialvariate(3, 1.5)", random.binomialvariate, 3, 1.5)
attempt("binomialvariate(3, -0.1)", random.binomialvariate, 3, -0.1)
attempt("randrange(5, 5)", random.randrange, 5, 5)
attempt("randrange(5, 2)", random.randrange, 5, 2)
attempt("randrange(0, 10, -1)", random.randrange, 0, 10, -1)
attempt("randrange(10, 0, 3)", random.randrange, 10, 0, 3)
attempt("randint(3, 1)", random.randint, 3, 1)
attempt("randrange('a')", random.randrange, "a")
attempt("randrange(1, 'b')", random.randrange, 1, "b")
attempt("randrange(2.5)", random.randrange, 2.5)
attempt("randrange(10.0)", random.randrange, 10.0)
attempt("randrange(1, 7.5)", random.randrange, 1, 7.5)
attempt("randrange(1, 7, 1.5)", random.randrange, 1, 7, 1.5)
print("still in step:", random.random())
