# isinstance / issubclass with tuples, unions, abc registration and metaclass hooks.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape()
except TypeError as e:
    # The wording changed in 3.12; the class and the method are named either way.
    print(type(e).__name__, "Shape" in str(e), "area" in str(e))
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(type(e).__name__, "Half" in str(e), "area" in str(e))
print(Square(3).area(), isinstance(Square(1), Shape), issubclass(Square, Shape))
class Duck:
    pass
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance('x', (EvenNumber, str)))
print(isinstance(True, (int, str)), isinstance(1, (str, (float, int))), issubclass(bool, (str, int)), isinstance(None, type(None)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
from collections.abc import Iterable, Sized, Mapping, Sequence, Hashable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance([], Hashable), isinstance(1, Sized))
class It:
    def __iter__(self):
        return iter([])
print(isinstance(It(), Iterable), issubclass(list, Sequence), issubclass(dict, Sequence))
