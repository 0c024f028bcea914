# difflib: SequenceMatcher, ndiff hints, unified and context diffs, close matches.
import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")

a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(keepends=True)
b = "one\ntwo\nthree and a bit\nfour\nsix\nseven\neight\nnine\nTEN\neleven\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, "before.txt", "after.txt", n=1)), end="")
print("".join(difflib.unified_diff(a, b, fromfiledate="d1", tofiledate="d2")), end="")
print("".join(difflib.context_diff(a, b, "before.txt", "after.txt")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "where", "wheels"], n=2, cutoff=0.5))
print("\n".join(difflib.ndiff(["  indented line", "tabs\there"], ["  indented lines", "tabs here"])))

random.seed(7)
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
for trial in range(4):
    x = [random.choice(words) for _ in range(12)]
    y = list(x)
    for _ in range(4):
        op = random.randrange(3)
        k = random.randrange(len(y))
        if op == 0:
            del y[k]
        elif op == 1:
            y.insert(k, random.choice(words) + "!")
        else:
            y[k] = y[k][::-1]
    sm = difflib.SequenceMatcher(None, x, y)
    print(trial, round(sm.ratio(), 4), sm.get_opcodes())
    print("\n".join(difflib.ndiff(x, y)))
long_a = ["x"] * 150 + ["a", "b"] + ["x"] * 100
long_b = ["x"] * 149 + ["a", "c", "b"] + ["x"] * 100
print(difflib.SequenceMatcher(None, long_a, long_b).get_opcodes())
print(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).get_opcodes())
