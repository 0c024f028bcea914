"""Generates the expectations of the object-model table tests from CPython.

Run with CPython 3.12 under PYTHONHASHSEED=0 from this directory:

    PYTHONHASHSEED=0 python3.12 gen.py

It writes hash_cases.json (hash() of assorted values), set_cases.json (the iteration order
of sets built by sequences of operations), arith_cases.json (binary operators over a grid of
numbers) and str_cases.json (str methods over assorted strings). Values are encoded as small JSON lists so
that the Go test can rebuild them without a parser.
"""

import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"


def enc_any(v):
    if isinstance(v, list):
        return ["list", [enc(x) for x in v]]
    return enc(v)


def enc(v):
    if v is None:
        return ["none"]
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["int", str(v)]
    if isinstance(v, float):
        return ["float", v.hex()]
    if isinstance(v, complex):
        return ["complex", v.real.hex(), v.imag.hex()]
    if isinstance(v, str):
        return ["str", v]
    if isinstance(v, bytes):
        return ["bytes", v.hex()]
    if isinstance(v, tuple):
        return ["tuple", [enc(x) for x in v]]
    if isinstance(v, frozenset):
        return ["frozenset", [enc(x) for x in v]]
    raise TypeError(type(v))


values = [
    0, 1, -1, -2, 2, 7, 255, 256, -255, 2**31, 2**32 + 5, 2**61 - 2, 2**61 - 1, 2**61,
    2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 3, -(2**64) - 3, 10**30, -10**30, 3**100,
    0.0, -0.0, 0.5, 1.0, -1.0, 1.5, 3.14159, -2.5e-300, 1e300, float("inf"), float("-inf"),
    2.0**60, 2.0**70, 1e-310, 123456.789,
    1j, 1 + 2j, -3.5 - 0.25j, complex(0, -1),
    True, False, None,
    "", "a", "b", "ab", "abc", "hello world", "x" * 7, "x" * 8, "x" * 9, "x" * 17,
    "é", "café", "ÿ", "日本語", "あいうえお", "Ā", "\u20ac", "😀", "a😀b", "\x00", "\t\n",
    b"", b"a", b"abc", b"\xff\x00\x80", b"hello world!",
    (), (1,), (1, 2), (1, 2, 3), ("a", 1.5, None), ((1, 2), (3,)), (True, False),
    frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset(["a", "b"]),
    frozenset([frozenset([1]), 2]),
]
hash_cases = [{"value": enc(v), "hash": hash(v), "repr": repr(v)} for v in values]

rng = random.Random(12345)
words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape", "kiwi", "lemon",
         "mango", "nut", "olive", "pear", "quince", "rasp", "straw", "tomato", "ugli"]


def order(s):
    return [enc(x) for x in s]


set_cases = []


def case(name, ops, result):
    set_cases.append({"name": name, "ops": ops, "order": order(result)})


# Sets built by adding elements one by one (BUILD_SET / set.add).
for n in [1, 2, 3, 5, 8, 13, 20, 40, 100]:
    for kind in ["int", "str", "mixed"]:
        elems = []
        for i in range(n):
            if kind == "int":
                elems.append(rng.randrange(-1000, 1000))
            elif kind == "str":
                elems.append(rng.choice(words) + str(rng.randrange(100)))
            else:
                elems.append(rng.choice([rng.randrange(100), rng.choice(words), rng.random(), None, (1, rng.randrange(5))]))
        s = set()
        for e in elems:
            s.add(e)
        case(f"add-{kind}-{n}", [["add", enc(e)] for e in elems], s)

# Additions mixed with removals (dummy entries, pop's finger).
for trial in range(20):
    s = set()
    ops = []
    for i in range(rng.randrange(5, 60)):
        r = rng.random()
        v = rng.randrange(50) if trial % 2 else rng.choice(words)
        if r < 0.6:
            s.add(v)
            ops.append(["add", enc(v)])
        elif r < 0.85:
            s.discard(v)
            ops.append(["discard", enc(v)])
        elif s:
            s.pop()
            ops.append(["pop"])
    case(f"mixed-{trial}", ops, s)

# Bulk operations.
for prefix, la, lb in [("bulk", words[:10], words[5:15]), ("bulkint", list(range(0, 40, 3)), list(range(0, 40, 5))),
                       ("bulkbig", words + [w + "x" for w in words], words[::3])]:
    a, b = set(la), set(lb)
    for name, r in [("union", a | b), ("inter", a & b), ("diff", a - b), ("symdiff", a ^ b),
                    ("rinter", b & a), ("rdiff", b - a), ("update", (lambda s: (s.update(b), s)[1])(set(a)))]:
        case(prefix + "-" + name, [["set", [enc(x) for x in la]], ["with", [enc(x) for x in lb]], [name]], r)
# set(list) goes through the same incremental adds; set(dict) resizes first.
elems = [rng.choice(words) + str(i) for i in range(30)]
case("fromdict", [["fromdict", [enc(x) for x in elems]]], set(dict.fromkeys(elems)))

# Binary operators over a grid of numbers (results as repr, or the exception).
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b, "<<": lambda a, b: a << b,
       ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
       "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
       ">": lambda a, b: a > b, ">=": lambda a, b: a >= b, "divmod": divmod}
nums = [0, 1, -1, 3, -7, 2**63 - 1, -2**63, 2**64 + 1, -(10**25), 0.0, -0.0, 0.5, -2.75, float("inf"),
        float("nan"), True, 2j, 1.5 - 1j]
arith_cases = []
for a in nums:
    for b in nums:
        for name, f in OPS.items():
            if name == "**" and (isinstance(b, int) and not isinstance(b, bool) and abs(b) > 64 or
                                 isinstance(a, int) and abs(a) > 2**62 and isinstance(b, int) and b > 2):
                continue
            if name in ("<<",) and isinstance(b, int) and b > 64:
                continue
            try:
                r = "=" + repr(f(a, b))
            except Exception as e:
                r = "!" + type(e).__name__ + ": " + str(e)
            arith_cases.append({"a": enc(a), "op": name, "b": enc(b), "r": r})

# str methods over assorted strings.
strs = ["", "abc", "  Hello World  ", "a,b,,c", "日本語テキスト", "ßtraße", "Tab\there", "x" * 3, "line1\nline2\r\n"]
calls = [("upper", ()), ("lower", ()), ("title", ()), ("capitalize", ()), ("swapcase", ()), ("casefold", ()),
         ("strip", ()), ("lstrip", (" H",)), ("rstrip", ("d ",)), ("split", ()), ("split", (",",)), ("rsplit", (None, 1)),
         ("splitlines", ()), ("splitlines", (True,)), ("find", ("l",)), ("rfind", ("l",)), ("count", ("a",)),
         ("center", (20, "*")), ("ljust", (12,)), ("rjust", (12, "-")), ("zfill", (10,)), ("expandtabs", (4,)),
         ("replace", ("l", "L", 2)), ("partition", (",",)), ("rpartition", (" ",)), ("startswith", ("ab",)),
         ("endswith", (("t", "d"),)), ("isalpha", ()), ("isdigit", ()), ("isspace", ()), ("istitle", ()),
         ("isupper", ()), ("islower", ()), ("isidentifier", ()), ("isprintable", ()), ("encode", ()),
         ("removeprefix", ("  ",)), ("index", ("Wo",)), ("join", (["1", "2"],))]
str_cases = []
for s in strs:
    for name, args in calls:
        try:
            r = "=" + repr(getattr(s, name)(*args))
        except Exception as e:
            r = "!" + type(e).__name__ + ": " + str(e)
        str_cases.append({"s": s, "method": name, "args": [enc_any(a) for a in args], "r": r})


def dump(name, cases):
    with open(name, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n")


dump("hash_cases.json", hash_cases)
dump("set_cases.json", set_cases)
dump("arith_cases.json", arith_cases)
dump("str_cases.json", str_cases)
