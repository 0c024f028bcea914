class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"

a, d = Animal("generic"), Dog("Pochi")
print(a.speak(), d.speak(), sep="\n")
print(a, d, [d], Animal.count, d.kind, a.kind, Dog.__mro__)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog, Dog.__name__, Dog.__bases__)
print(d.__dict__, hasattr(d, "speak"), getattr(d, "missing", "default"))
setattr(d, "age", 3); print(d.age, vars(d))
try:
    d.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(Dog.speak(d), Animal.__qualname__, Dog.speak.__qualname__)
