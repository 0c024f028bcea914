# Checker-only: random nested containers pretty-printed with random options.
import pprint
from collections import OrderedDict, Counter, deque, defaultdict

state = 4242


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


WORDS = ["alpha", "b", "gamma delta epsilon", "", "x" * 30, "long text with many words in it " * 3, "a\nb\n"]


def value(depth):
    kind = rand(11 if depth < 4 else 4)
    if kind == 0:
        return rand(10 ** rand(12))
    if kind == 1:
        return WORDS[rand(len(WORDS))]
    if kind == 2:
        return [1.5, None, True, -3][rand(4)]
    if kind == 3:
        return (rand(5),) * rand(3)
    if kind == 4:
        return [value(depth + 1) for _ in range(rand(8))]
    if kind == 5:
        return tuple(value(depth + 1) for _ in range(rand(5)))
    if kind == 6:
        return {WORDS[rand(len(WORDS))] + str(rand(50)): value(depth + 1) for _ in range(rand(6))}
    if kind == 7:
        return set(rand(1000) for _ in range(rand(12)))
    if kind == 8:
        return OrderedDict((str(rand(100)), value(depth + 1)) for _ in range(rand(4)))
    if kind == 9:
        return deque([value(depth + 1) for _ in range(rand(5))], maxlen=[None, 7][rand(2)])
    return Counter("".join(WORDS[rand(len(WORDS))] for _ in range(rand(4))))


for case in range(150):
    obj = value(0)
    width = [80, 40, 20, 120, 1][rand(5)]
    indent = [1, 2, 4, 0][rand(4)]
    compact = bool(rand(2))
    depth = [None, None, 2, 3][rand(4)]
    print(case, width, indent, compact, depth)
    print(pprint.pformat(obj, width=width, indent=indent, compact=compact, depth=depth, sort_dicts=bool(rand(2))))
