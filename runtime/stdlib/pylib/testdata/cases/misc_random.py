# Checker-only: random operation sequences on heapq, deque, OrderedDict, Counter, itertools and
# string.Formatter, compared with CPython's modules.
import heapq
import itertools
import string
from collections import deque, OrderedDict, Counter

state = 99


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


heap = []
for step in range(400):
    op = rand(5)
    if op < 2:
        heapq.heappush(heap, rand(50))
    elif op == 2 and heap:
        heapq.heappop(heap)
    elif op == 3:
        heapq.heappushpop(heap, rand(50))
    elif heap:
        heapq.heapreplace(heap, rand(50))
print(heap)
data = [(rand(10), rand(5)) for _ in range(60)]
for n in (0, 1, 3, 10, 100):
    print(heapq.nlargest(n, data), heapq.nsmallest(n, data, key=lambda t: t[1]), heapq.nlargest(n, iter(data), key=sum))
runs = [sorted(rand(30) for _ in range(rand(8))) for _ in range(5)]
print(list(heapq.merge(*runs)), list(heapq.merge(*[r[::-1] for r in runs], reverse=True)))
print(list(heapq.merge(*runs, key=lambda x: x // 3)))

d = deque(maxlen=[None, 5, 12][rand(3)])
for step in range(300):
    op = rand(9)
    x = rand(100)
    if op == 0:
        d.append(x)
    elif op == 1:
        d.appendleft(x)
    elif op == 2 and d:
        d.pop()
    elif op == 3 and d:
        d.popleft()
    elif op == 4:
        d.rotate(rand(7) - 3)
    elif op == 5:
        d.extend(range(rand(4)))
    elif op == 6:
        d.extendleft(range(rand(4)))
    elif op == 7 and d:
        i = rand(len(d))
        d[i] = x
        del d[rand(len(d))]
    elif op == 8 and d and (d.maxlen is None or len(d) < d.maxlen):
        d.insert(rand(len(d) + 1) - 1, x)
    if step % 30 == 0:
        print(d, list(reversed(d)), d.count(x), len(d))

od = OrderedDict()
for step in range(200):
    op = rand(5)
    k = "k" + str(rand(12))
    if op < 2:
        od[k] = step
    elif op == 2 and k in od:
        od.move_to_end(k, last=bool(rand(2)))
    elif op == 3 and od:
        od.popitem(last=bool(rand(2)))
    elif k in od:
        del od[k]
print(od, list(od.items())[:3], od == OrderedDict(od))

c = Counter()
for step in range(200):
    c[rand(8)] += rand(5) - 2
print(c, c.most_common(3), +c, -c, sorted(c.elements())[:10], c.total())

for step in range(40):
    seq = [rand(4) for _ in range(rand(15))]
    print([(k, list(g)) for k, g in itertools.groupby(seq)], list(itertools.islice(seq, rand(3), rand(20), rand(3) + 1)),
          list(itertools.accumulate(seq)), list(itertools.pairwise(seq))[:3], list(itertools.batched(seq, rand(3) + 1)))

f = string.Formatter()
pieces = ["{}", "{0}", "{x}", "{x!r}", "{0:>4}", "{{", "}}", "lit", "{0[1]}", "{:{w}}", "{!s:^5}", "{x.real}", "{"]
for step in range(80):
    fmt = "".join(pieces[rand(len(pieces))] for _ in range(rand(4)))
    try:
        print(repr(fmt), list(f.parse(fmt)), f.format(fmt, "ab", "cd", x=3, w=6))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
t_pieces = ["$a", "${b}", "$$", "$", "x", "${", "$1", "${c", " ", "\n", "$_z9"]
for step in range(40):
    tpl = string.Template("".join(t_pieces[rand(len(t_pieces))] for _ in range(rand(6))))
    try:
        print(repr(tpl.template), tpl.safe_substitute(a=1, b=2), tpl.substitute(a=1, b=2, _z9=3))
    except (ValueError, KeyError) as e:
        print(repr(tpl.template), type(e).__name__, e)
