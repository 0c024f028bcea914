# A module-level __getattr__ (PEP 562) answers attribute lookups the module dict misses.
import types

m = types.ModuleType("m")
m.present = 1


def hook(name):
    if name.startswith("x"):
        return name.upper()
    raise AttributeError(f"module 'm' has no attribute {name!r}")


m.__getattr__ = hook
print(m.present, m.xyz, getattr(m, "xa"), getattr(m, "nope", "default"), hasattr(m, "nope"))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
