import copy
from dataclasses import dataclass, field

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

root = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(root)
deep = copy.deepcopy(root)
root.children[1].value = 30
root.children.append(Node(5))
print(shallow)
print(deep)
print(shallow.children is root.children, deep.children[0] is root.children[0])

class Config:
    def __init__(self):
        self.options = {"a": [1, 2]}
        self.name = "cfg"
    def __repr__(self):
        return f"Config({self.name}, {self.options})"
c = Config()
c2 = copy.deepcopy(c)
c2.options["a"].append(3)
c2.name = "copy"
print(c, c2)

class Counted:
    copies = 0
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        Counted.copies += 1
        return Counted(self.data)
    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted(copy.deepcopy(self.data, memo))
items = [Counted([1]), Counted([2])]
copy.copy(items)
copy.deepcopy(items)
x = copy.copy(items[0])
print(Counted.copies, x.data is items[0].data)

memo = {}
a = [1, 2]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], id(a) in memo)
grid = [[0] * 3] * 2
fixed = copy.deepcopy(grid)
fixed[0][0] = 9
print(grid, fixed)
grid2 = [row[:] for row in grid]
print(copy.copy(grid2) == grid2, copy.deepcopy({"t": (1, [2])}))
