from types import SimpleNamespace, MappingProxyType
import types

settings = SimpleNamespace(debug=False, level=2)
settings.level += 1
settings.extra = SimpleNamespace(path="/tmp", retries=3)
print(settings)
print(vars(settings)["level"], settings.extra.path, "debug" in vars(settings))
del settings.debug
print(settings, settings == SimpleNamespace(level=3, extra=SimpleNamespace(path="/tmp", retries=3)))
point = SimpleNamespace(**{"x": 1, "y": 2})
print(point.x + point.y, repr(point), str(point))
constants = MappingProxyType({"PI": 3.14159, "E": 2.71828})
print(constants["PI"], sorted(constants), constants.copy(), dict(constants) == {"PI": 3.14159, "E": 2.71828})
try:
    constants["TAU"] = 6.28
except TypeError as e:
    print("TypeError:", e)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), type(c.__closure__[0]) is types.CellType, c.__closure__[0].cell_contents)
print(isinstance(make_counter, types.FunctionType), isinstance(print, types.BuiltinFunctionType))
