"""Generate random_cases.json: CPython's own random module outputs for many seeds and calls.

Run with `go generate ./runtime/internal/mt19937` (or `python3 testdata/gen.py` from the
package directory). The output is compared by random_test.go; never edit it by hand.
CPython 3.11 is the oracle; error messages that changed wording in 3.12 are rewritten by
py312() below so the expectations describe 3.12.
"""
import json
import random
import re


def py312(msg, args):
    # 3.11: "empty range for randrange() (5, 2, -3)"; 3.12: "empty range in randrange(5, 2)".
    # 3.11: "empty range for randrange()" with a step; 3.12: "empty range in randrange(0, 10, -1)".
    if msg == "empty range for randrange()" and len(args) == 3:
        return "empty range in randrange(%d, %d, %d)" % args
    m = re.fullmatch(r"empty range for randrange\(\) \((-?\d+), (-?\d+), -?\d+\)", msg)
    if m:
        return "empty range in randrange(%s, %s)" % m.groups()
    return msg


def fl(x):
    return repr(float(x))


SEEDS = [("int", 0), ("int", 1), ("int", 42), ("int", -42), ("int", 2**32), ("int", 2**32 - 1),
         ("int", 12345678901234567890123456789), ("int", 3**200),
         ("str", "hello"), ("str", ""), ("str", "こんにちは"), ("bytes", b"\x00\xffabc")]


def run(seed_kind, seed):
    r = random.Random()
    r.seed(seed)
    ops = []

    def rec(name, args, result):
        ops.append([name, args, result])

    for _ in range(5):
        rec("random", [], fl(r.random()))
    for k in (0, 1, 5, 31, 32, 33, 53, 64, 65, 100, 200):
        rec("getrandbits", [k], str(r.getrandbits(k)))
    for n in (1, 2, 3, 10, 255, 256, 1000, 2**31, 2**32 + 5, 2**64 - 1, 2**64 + 1, 10**30):
        rec("randbelow", [str(n)], str(r._randbelow(n)))
    for a, b, c in ((0, 10, 1), (5, 100, 7), (100, 5, -7), (-50, 50, 3), (0, 2**70, 1),
                    (10, 0, -1), (3, 4, 1), (-(2**63), 2**63 - 1, 1)):
        rec("randrange", [str(a), str(b), str(c)], str(r.randrange(a, b, c)))
    for stop in (1, 7, 2**40):
        rec("randrange1", [str(stop)], str(r.randrange(stop)))
    for a, b in ((1, 6), (-3, 3), (0, 0), (0, 2**62)):
        rec("randint", [str(a), str(b)], str(r.randint(a, b)))
    for n in (1, 5, 100):
        rec("choice", [n], r.choice(range(n)))
    for n in (0, 1, 2, 10, 52):
        x = list(range(n))
        r.shuffle(x)
        rec("shuffle", [n], x)
    for n, k in ((10, 3), (10, 10), (5, 0), (100, 10), (1000, 20), (30, 6), (22, 2), (1000000, 5)):
        rec("sample", [n, k], list(r.sample(range(n), k)))
    for counts, k in (([3, 1, 2], 4), ([0, 5, 0, 5], 6), ([1], 1)):
        rec("sample_counts", [counts, k],
            r.sample(range(len(counts)), k, counts=counts))
    for n, k in ((1, 3), (7, 10), (100, 5)):
        rec("choices", [n, k], r.choices(range(n), k=k))
    for cum, k in (([1.0, 3.0, 6.0], 10), ([0.0, 0.0, 1.0], 4), ([0.5, 0.5, 2.5, 2.5], 8)):
        rec("choices_cum", [[fl(c) for c in cum], k], r.choices(range(len(cum)), cum_weights=cum, k=k))
    for a, b in ((0.0, 1.0), (-5.0, 5.0), (10.0, 2.5)):
        rec("uniform", [fl(a), fl(b)], fl(r.uniform(a, b)))
    rec("triangular", [fl(0.0), fl(1.0), None], fl(r.triangular()))
    rec("triangular", [fl(1.0), fl(3.0), fl(2.5)], fl(r.triangular(1.0, 3.0, 2.5)))
    rec("triangular", [fl(2.0), fl(2.0), fl(2.0)], fl(r.triangular(2.0, 2.0, 2.0)))
    for _ in range(3):
        rec("gauss", [fl(0.0), fl(1.0)], fl(r.gauss(0.0, 1.0)))
    for _ in range(3):
        rec("normalvariate", [fl(10.0), fl(2.0)], fl(r.normalvariate(10.0, 2.0)))
    rec("lognormvariate", [fl(0.0), fl(0.5)], fl(r.lognormvariate(0.0, 0.5)))
    rec("expovariate", [fl(1.5)], fl(r.expovariate(1.5)))
    rec("vonmisesvariate", [fl(1.0), fl(4.0)], fl(r.vonmisesvariate(1.0, 4.0)))
    rec("vonmisesvariate", [fl(1.0), fl(0.0)], fl(r.vonmisesvariate(1.0, 0.0)))
    for a, b in ((0.5, 1.0), (1.0, 2.0), (2.5, 3.0)):
        rec("gammavariate", [fl(a), fl(b)], fl(r.gammavariate(a, b)))
    rec("betavariate", [fl(2.0), fl(5.0)], fl(r.betavariate(2.0, 5.0)))
    rec("paretovariate", [fl(3.0)], fl(r.paretovariate(3.0)))
    rec("weibullvariate", [fl(1.0), fl(1.5)], fl(r.weibullvariate(1.0, 1.5)))
    rec("randbytes", [5], r.randbytes(5).hex())
    rec("randbytes", [13], r.randbytes(13).hex())
    for a, b, c in ((5, 5, 1), (5, 2, 1), (0, 10, 0), (0, 10, -1), (10, 0, 3)):
        try:
            r.randrange(a, b, c)
            res = None
        except ValueError as e:
            res = "ValueError: " + py312(str(e), (a, b, c))
        rec("randrange_err", [str(a), str(b), str(c)], res)
    for _ in range(3):
        rec("random", [], fl(r.random()))
    if isinstance(seed, bytes):
        seed = seed.hex()
    return {"kind": seed_kind, "seed": str(seed) if seed_kind == "int" else seed, "ops": ops}


def main():
    cases = [run(kind, s) for kind, s in SEEDS]
    with open("testdata/random_cases.json", "w") as f:
        # One op per line keeps diffs of regenerated files readable.
        f.write("[\n")
        for i, c in enumerate(cases):
            f.write('{"kind": %s, "seed": %s, "ops": [\n' % (json.dumps(c["kind"]), json.dumps(c["seed"], ensure_ascii=False)))
            f.write(",\n".join(json.dumps(op, ensure_ascii=False) for op in c["ops"]))
            f.write("\n]}%s\n" % ("," if i < len(cases) - 1 else ""))
        f.write("]\n")


if __name__ == "__main__":
    main()
