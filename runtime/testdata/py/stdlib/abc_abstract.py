from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Half(Shape):
    def area(self):
        return 1

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", str(e).startswith(f"Can't instantiate abstract class {cls.__name__} with"))
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, ABC))

class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        pass

@Drawable.register
class Circle:
    def draw(self):
        return "o"

print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Circle.__mro__)
Drawable.register(int)
print(isinstance(3, Drawable), issubclass(bool, Drawable), issubclass(str, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("abc", Sized2))
token = abc.get_cache_token()
class Z(ABC):
    pass
Z.register(float)
print(abc.get_cache_token() > token, type(Shape), ABC.__slots__)

class WithStatic(ABC):
    @staticmethod
    @abstractmethod
    def make():
        ...
    @classmethod
    @abstractmethod
    def build(cls):
        ...
print(sorted(WithStatic.__abstractmethods__))

class Later(ABC):
    def go(self):
        pass
Later.go = abstractmethod(lambda self: None)
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__)
