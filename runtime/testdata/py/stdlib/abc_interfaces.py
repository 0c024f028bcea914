from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized

class Storage(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default

class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}
    def get(self, key):
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value

class Broken(Storage):
    def get(self, key):
        return None

m = MemoryStorage()
m.put("a", 1)
print(m.get("a"), m.get_or("b", "default"), isinstance(m, Storage))
try:
    Broken()
except TypeError as e:
    print("TypeError:", str(e).startswith("Can't instantiate abstract class Broken with"))

class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
    @property
    @abstractmethod
    def name(self): ...

class Upper(Plugin):
    name = "upper"
class Lower(Plugin):
    @property
    def name(self):
        return "lower"
print(Plugin.registry, Upper().name, Lower().name)

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), issubclass(Bag, Storage))
Storage.register(Bag)
print(issubclass(Bag, Storage), isinstance(Bag(1), Storage), Bag.__mro__[-1])
