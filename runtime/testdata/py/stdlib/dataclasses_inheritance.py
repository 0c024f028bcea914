from dataclasses import dataclass, field, fields, KW_ONLY, is_dataclass

@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)

@dataclass
class Puppy(Dog):
    age: int = 0

d = Dog("rex")
p = Puppy("bit", tricks=["sit"], age=1)
print(d, d.speak(), p, p.speak())
print([f.name for f in fields(Puppy)], isinstance(p, Animal), is_dataclass(Puppy))

class Plain(Animal):
    pass
print(Plain("cat", "meow"), is_dataclass(Plain))

@dataclass
class Base:
    x: int
    _: KW_ONLY
    y: int = 0

@dataclass
class Child(Base):
    z: int = 5
print(Child(1), Child(1, 2, y=3), [f.name for f in fields(Child)], Child.__match_args__)

@dataclass
class Shape:
    def area(self):
        raise NotImplementedError

@dataclass
class Rect(Shape):
    w: float
    h: float
    def area(self):
        return self.w * self.h

@dataclass
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
print(Rect(2, 3).area(), Square(4), Square(4).area())

@dataclass
class Frozen:
    a: int
try:
    @dataclass(frozen=True)
    class Thaw(Frozen):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)

@dataclass
class WithClassAttr:
    shared = []
    own: int = 0
print(WithClassAttr(), [f.name for f in fields(WithClassAttr)])
