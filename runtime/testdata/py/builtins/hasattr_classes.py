# hasattr and getattr with a default on classes: plain absence, attributes found through the
# MRO or the metaclass, and metaclasses with __getattr__ or __getattribute__.
class Base:
    inherited = 1


class Plain(Base):
    pass


class MetaGetattr(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


class WithGetattr(metaclass=MetaGetattr):
    pass


class MetaGetattribute(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return "from __getattribute__"
        return super().__getattribute__(name)


class WithGetattribute(metaclass=MetaGetattribute):
    pass


class MetaAttr(type):
    meta_only = "meta"


class WithMetaAttr(metaclass=MetaAttr):
    pass


print(hasattr(Plain, "missing"), hasattr(Plain, "inherited"), hasattr(Plain, "__init__"))
print(getattr(Plain, "missing", "default"), getattr(Plain, "inherited", "default"))
print(hasattr(WithGetattr, "dyn_x"), hasattr(WithGetattr, "other"), getattr(WithGetattr, "dyn_yz", None))
print(hasattr(WithGetattribute, "magic"), hasattr(WithGetattribute, "nothing"))
print(hasattr(WithMetaAttr, "meta_only"), hasattr(WithMetaAttr(), "meta_only"))
print(hasattr(int, "from_bytes"), hasattr(int, "_asyncio_future_blocking"), hasattr(type, "mro"))
Plain.later = 2
print(hasattr(Plain, "later"), hasattr(Base, "later"))
del Plain.later
print(hasattr(Plain, "later"))
try:
    Plain.missing
except AttributeError as e:
    print(e)
