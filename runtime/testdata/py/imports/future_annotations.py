from __future__ import annotations
import __future__
from dataclasses import dataclass


@dataclass
class Node:
    value: int
    next: Node | None = None

    def append(self, value: int) -> Node:
        self.next = Node(value)
        return self.next


head = Node(1)
head.append(2).append(3)
print(head)
print(Node.__annotations__, Node.append.__annotations__)
def f(x: list[int], *args: "str", y: dict[str, tuple[int, ...]] = {}, **kw: int | None) -> None: pass
print(f.__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), __future__.division.compiler_flag)
print(__future__.all_feature_names)
