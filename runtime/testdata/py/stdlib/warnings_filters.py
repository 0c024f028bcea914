# warnings: the default filters, each action, and the once-per-location registry.
import sys
import warnings

print(warnings.filters[:2])
print(warnings.defaultaction, warnings.__all__[:3])


def careful(n):
    warnings.warn("careful %d" % (n % 2))


for i in range(3):
    careful(i)
warnings.warn("deprecated here", DeprecationWarning)
sys.stderr.flush()


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


old_api()
warnings.warn(UserWarning("an instance"))


class AppWarning(UserWarning):
    pass


warnings.warn("custom category", AppWarning)
warnings.warn("too deep", stacklevel=10)
for bad in (ValueError, 5):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print(e)
warnings.warn(42)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        careful(1)
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    careful(0)
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="careful 0")
    try:
        careful(0)
    except UserWarning as e:
        print("matched", e)
    careful(1)
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("once per module")
    warnings.warn("once per module")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("every time")
print(len(warnings.filters), sorted(k for k in globals() if k.startswith("__warn")))
warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
try:
    warnings.warn("edited list", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("error", append=True)
print(warnings.filters)
warnings.defaultaction = "bogus"
warnings.resetwarnings()
try:
    warnings.warn("bad action")
except RuntimeError as e:
    print(e)
for args in (("bogus",), ("error", 5)):
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError", e)
