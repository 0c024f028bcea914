# Self-referencing containers print with ... instead of recursing forever.
a = [1]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
s = {}
s['list'] = [s]
print(s)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node()
n.children.append(n)
print(n)
import sys
deep = []
for i in range(5000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print('RecursionError:', e)
