# __init_subclass__, __set_name__, __class_getitem__ and class creation details.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin, name='alpha'):
    pass
class B(Plugin):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name)
try:
    class C(object, unexpected=1):
        pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.owner, Model.b.name)
class Box:
    def __class_getitem__(cls, item):
        return f'Box[{item.__name__}]'
print(Box[int], list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int] == list[int])
print(list[int](range(3)), list[int].__origin__, list[int].__args__)
class WithDoc:
    "The doc."
print(WithDoc.__doc__, WithDoc.__name__, WithDoc.__qualname__, WithDoc.__module__)
def make():
    class Inner:
        pass
    return Inner
print(make().__qualname__, make().__name__)
class Eq:
    def __eq__(self, other):
        return True
print(Eq.__hash__ is None, Eq() == 1)
try:
    hash(Eq())
except TypeError as e:
    print(e)
print(int | str, int | None, isinstance(3, int | str), isinstance('x', int | float), issubclass(bool, int | str))
