#!/usr/bin/env python3
"""Regenerate cpython.txt: `FUNCTION ARGS... RESULT` lines computed by the machine's CPython
(math.*, and abs(complex) for hypot) on seeded random arguments of several ranges.

    python3 runtime/internal/libm/testdata/gen_cpython.py   (or: make golden)
"""
import math
import os
import random

r = random.Random(20261122)


def args1(n, lo, hi):
    return [r.uniform(lo, hi) for _ in range(n)]


lines = []


def emit(name, f, *xs):
    try:
        v = f(*xs)
    except (ValueError, OverflowError):
        return
    if math.isfinite(v):
        lines.append(" ".join([name] + [repr(x) for x in xs] + [repr(v)]))


for name in ("sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "exp"):
    for x in args1(30, -10, 10) + args1(30, -1, 1):
        emit(name, getattr(math, name), x)
for name in ("log", "log2", "log10"):
    for x in args1(30, 0, 10) + [math.ldexp(r.random(), r.randint(-60, 60)) for _ in range(30)]:
        emit(name, getattr(math, name), x)
for name in ("asin", "acos"):
    for x in args1(60, -1, 1):
        emit(name, getattr(math, name), x)
for _ in range(180):
    emit("atan2", math.atan2, r.uniform(-5, 5), r.uniform(-5, 5))
    emit("hypot", lambda a, b: abs(complex(a, b)), r.uniform(-1e3, 1e3), r.uniform(-1e3, 1e3))
for _ in range(480):
    emit("pow", math.pow, r.uniform(0, 20), r.uniform(-30, 30))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython.txt"), "w") as f:
    f.write("\n".join(lines) + "\n")
