import collections
from collections import deque
import collections.abc

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *_, last] if len([x]) == 1 and first == last:
            return f"same ends {first}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
    return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 1], [1, 2, 3, 4], range(3), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2},
          deque([5, 6]), 7, iter([1])]:
    print(type(v).__name__, seq(v))

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)

match (1, 2, 3, 4, 5):
    case (*head, 4, 5):
        print("head", head)

match [0, 1, 2, 3]:
    case [_, *_, _]:
        print("at least two")

match [0, 1, 2, 3]:
    case [x0, *_, x3]:
        print("ends", x0, x3)

class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

match MySeq(1, 2, 3):
    case [1, *rest]:
        print("custom sequence, rest", rest)

class Plain:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

match Plain():
    case [a, b]:
        print("bad: plain objects are not sequences")
    case _:
        print("plain object is not a sequence")

match "text":
    case [*chars]:
        print("bad")
    case str(s):
        print("str is not a sequence pattern subject:", s)

a, *b = 1, 2
match a, b:
    case 1, [2]:
        print("subject tuple")
