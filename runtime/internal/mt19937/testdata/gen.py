"""Generate random_cases.json: what CPython's generator returns for many seeds and calls.

Run with `go generate ./runtime/internal/mt19937` (or `python3 testdata/gen.py` from the
package directory). The output is compared by mt_test.go; never edit it by hand. Only the
calls that CPython implements in C (_random.Random: seed, random, getrandbits, getstate) are
recorded: everything else in random is Python code, tested against CPython as programs.
"""
import json
import random

SEEDS = [("int", 0), ("int", 1), ("int", 42), ("int", -42), ("int", 2**32), ("int", 2**32 - 1),
         ("int", 12345678901234567890123456789), ("int", 3**200),
         ("str", "hello"), ("str", ""), ("str", "こんにちは"), ("bytes", b"\x00\xffabc")]


def run(seed_kind, seed):
    r = random.Random()
    r.seed(seed)
    ops = []
    for _ in range(5):
        ops.append(["random", 0, repr(r.random())])
    for k in (0, 1, 5, 31, 32, 33, 53, 64, 65, 100, 200, 1000):
        ops.append(["getrandbits", k, str(r.getrandbits(k))])
    for _ in range(700):  # crosses a refill of the 624 words
        r.random()
    state = r.getstate()[1]
    ops.append(["state", 0, " ".join(map(str, state[:4] + state[-2:]))])
    for _ in range(3):
        ops.append(["random", 0, repr(r.random())])
    if isinstance(seed, bytes):
        seed = seed.hex()
    return {"kind": seed_kind, "seed": str(seed), "ops": ops}


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
