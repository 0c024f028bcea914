# warnings: catch_warnings recording, replaced showwarning/formatwarning, warn_explicit.
import warnings


def careful():
    warnings.warn("careful")


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    careful()
    careful()
    warnings.warn("runtime", RuntimeWarning)
    print(len(log), [str(w.message) for w in log], log[0].category.__name__, log[0].lineno)
    print(log[0].line, log[0].file, log[0].source, log[2].category is RuntimeWarning)
    print(str(log[0]).replace(log[0].filename, "FILE"))
    print(warnings.filters[0])
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
with warnings.catch_warnings(action="ignore"):
    careful()
cw = warnings.catch_warnings()
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", message, category.__name__, lineno, line)


saved = warnings.showwarning
warnings.showwarning = show
careful()
warnings.warn("second")
warnings.showwarning = saved
print(warnings.formatwarning("msg", UserWarning, "file.py", 3), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code  ")))
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"FMT {category.__name__}: {message}\n"
warnings.warn("formatted")
warnings.warn_explicit("explicit", UserWarning, "some.py", 12)
warnings.warn_explicit("with registry", SyntaxWarning, "other.py", 3, module="mod", registry={})
registry = {}
for i in range(2):
    warnings.warn_explicit("twice", UserWarning, "r.py", 1, registry=registry)
print(sorted(str(k) for k in registry))
print(warnings.WarningMessage("m", UserWarning, "f.py", 1))


class Sub(warnings.catch_warnings):
    pass


with Sub(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("in subclass", FutureWarning)
print(log[0].category.__name__, Sub(record=True))
