# warnings: the Python half (filters API, showing, formatting, catch_warnings) over _warnings.
import io
import sys
import warnings
import _warnings

print(warnings.filters is _warnings.filters, warnings.defaultaction, warnings.onceregistry == {})
print(warnings.warn is _warnings.warn, warnings.warn_explicit is _warnings.warn_explicit)
print(sorted(warnings.__all__))
print(warnings.WarningMessage._WARNING_DETAILS)
m = warnings.WarningMessage("text", None, "f.py", 2)
print(m, m._category_name, m.source)


def emit(text, category=UserWarning):
    warnings.warn(text, category)


buf = io.StringIO()
warnings.showwarning("to a file", RuntimeWarning, "some.py", 4, file=buf)
warnings.showwarning("with a line", UserWarning, "some.py", 5, file=buf, line="   x = 1   ")
print(repr(buf.getvalue()))
print(repr(warnings.formatwarning("no line", UserWarning, "nowhere.py", 1)))
print(repr(warnings.formatwarning("line of this file", UserWarning, __file__, 3).split(": ", 1)[1]))
print(repr(warnings.formatwarning(ValueError("an exception"), FutureWarning, "x.py", 9, "")))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    emit("one")
    warnings.warn_explicit("explicit", DeprecationWarning, "mod.py", 40, module="mod")
    warnings.showwarning("shown directly", UserWarning, "d.py", 1)
print([(type(w).__name__, str(w.message), w.category.__name__, w.lineno) for w in log])

shown = []
original_showwarnmsg = warnings._showwarnmsg
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings._showwarnmsg = lambda msg: shown.append((str(msg.message), msg.lineno))
    emit("through _showwarnmsg")
    del warnings._showwarnmsg
    emit("after del: the core writes it itself")
warnings._showwarnmsg = original_showwarnmsg
print(shown)
sys.stderr.flush()

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda *args: print("custom show", args[0], args[2].rsplit("/", 1)[-1], args[3:])
    emit("custom")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = 42
    try:
        emit("not callable")
    except TypeError as e:
        print("TypeError", e)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda message, category, filename, lineno, line=None: "formatted %s %s\n" % (message, line)
    out = io.StringIO()
    warnings.showwarning("via formatwarning", UserWarning, "z.py", 1, file=out)
    print(repr(out.getvalue()))
print(warnings.formatwarning is warnings._formatwarning_orig, warnings.showwarning is warnings._showwarning_orig)


class FakeModule:
    filters = []

    def _filters_mutated(self):
        print("fake mutated")

    showwarning = None
    _showwarnmsg_impl = None
    _showwarning_orig = None


fake = FakeModule()
cw = warnings.catch_warnings(module=fake, record=True)
print(repr(cw).startswith("catch_warnings(record=True, module=<"))
with cw as log:
    print(log, fake.filters is FakeModule.filters, fake.showwarning)
print(fake.filters is FakeModule.filters)

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(warnings.filters[0])
    try:
        emit("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("error action", e)
    emit("user warnings still shown")
sys.stderr.flush()

before = list(warnings.filters)
warnings.filterwarnings("ignore", message="Spam", category=UserWarning, module="__ma", lineno=0)
warnings.filterwarnings("ignore", message="Spam", category=UserWarning, module="__ma")
print(len(warnings.filters) - len(before), warnings.filters[0][1].pattern, warnings.filters[0][1].flags & 2, warnings.filters[0][3].pattern)
emit("spam and eggs")
emit("eggs spam")
warnings.simplefilter("ignore", SyntaxWarning, lineno=3)
warnings.simplefilter("ignore", SyntaxWarning, lineno=3, append=True)
print(warnings.filters[0], len(warnings.filters) - len(before))
warnings.filterwarnings("always", lineno=True)
print(warnings.filters[0])
for args, kwargs in (((), {}), (("ignore",), {"message": 5}), (("ignore",), {"category": 5}),
                     (("ignore",), {"category": ValueError}), (("ignore",), {"module": None}),
                     (("ignore",), {"lineno": -1}), (("ignore",), {"lineno": 1.0}),
                     (("nope", ValueError), {})):
    try:
        (warnings.simplefilter if "message" not in kwargs and "module" not in kwargs and len(args) == 2 else warnings.filterwarnings)(*args, **kwargs)
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
warnings.resetwarnings()
print(warnings.filters, warnings.filters is _warnings.filters)
warnings.onceregistry = {}
warnings.simplefilter("once")
emit("once through a new registry")
emit("once through a new registry")
print(list(warnings.onceregistry.values()))
warnings.defaultaction = "ignore"
warnings.resetwarnings()
emit("ignored by the default action")
warnings.defaultaction = 3
try:
    emit("bad default")
except TypeError as e:
    print("TypeError", e)
warnings.defaultaction = "default"
warnings.filters = "not a list"
try:
    emit("bad filters")
except ValueError as e:
    print("ValueError", e)
warnings.filters = [("default", None, Warning, None, 0, "sixth")]
try:
    emit("bad item")
except ValueError as e:
    print("ValueError", e)
warnings.filters = _warnings.filters
warnings.warn("the end", stacklevel=1)
