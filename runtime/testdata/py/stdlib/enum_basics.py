from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(type(Color.RED), isinstance(Color.RED, Color), Color)
print(Color.RED in Color, Color.RED == 1, Color.RED == Color.RED)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(f"{Color.GREEN}", format(Color.GREEN, ">12"), str(Color.BLUE))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
print(list(reversed(Color)), sorted(Color, key=lambda c: c.value, reverse=True)[0])

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 1

    @classmethod
    def _missing_(cls, value):
        if value == "round":
            return cls.CIRCLE
        return None

    def describe(self):
        return f"{self.name.lower()} with value {self.value}"

print(Shape("round"), Shape.SQUARE.describe())
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Fruit = Enum("Fruit", [("APPLE", "a"), ("PEAR", "p")])
print(Fruit.PEAR, Fruit("a"))
print(dir(Color))