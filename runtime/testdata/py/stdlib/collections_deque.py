from collections import deque

d = deque([1, 2, 3])
print(d, len(d), type(d))
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], d.index(4), d.count(1))
d[1] = 99
del d[0]
print(d, 99 in d, 7 in d)
d.insert(2, "x")
d.remove("x")
d.reverse()
print(d, list(reversed(d)))

bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(10)
bounded.appendleft(-1)
print(bounded)
try:
    bounded.insert(0, 1)
except IndexError as e:
    print("IndexError:", e)

empty = deque()
for method in (empty.pop, empty.popleft):
    try:
        method()
    except IndexError as e:
        print("IndexError:", e)
try:
    empty[0]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque("ab") * 2)
r = deque()
r.append(r)
print(r)
print(deque("abc", maxlen=0), bool(deque()), bool(deque([0])))
q = deque(range(10))
while len(q) > 1:
    q.append(q.popleft() + q.popleft())
print(q, q.copy(), deque(q, 5))
