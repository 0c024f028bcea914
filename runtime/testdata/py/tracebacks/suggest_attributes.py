# The "Did you mean" hint of an AttributeError, as the exception printer adds it: from dir()
# of the error's obj, by a weighted edit distance (case changes cost half) over what differs
# once common ends are trimmed (at most 40 characters), never for an exact match or with
# 750 candidates and more. Stores and deletes carry no name or obj, so they get no hint; an
# AttributeError that __getattr__ or a property raises is given them by the lookup. str(e)
# never has the hint.
import io
import math
import sys


def last_line(f):
    """Run f and print the last line the exception printer writes for what it raises."""
    try:
        f()
    except BaseException:
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.excepthook(*sys.exc_info())
        finally:
            text, sys.stderr = sys.stderr.getvalue(), saved
        print(text.splitlines()[-1])


class Box:
    Value = 1
    ab = 2
    _hidden = 3

    def method(self):
        pass


class Slotted:
    __slots__ = ("alpha", "beta")


class Lazy:
    foo = 1

    def __getattr__(self, name):
        raise AttributeError(f"lazy {name}")


class Broken:
    food = 1

    @property
    def foo(self):
        raise AttributeError("inner")


class Listed:
    def __init__(self, n):
        self.n = n

    def __dir__(self):
        return ["zz%d" % i for i in range(self.n)]


class BadDir:
    zebra = 1

    def __dir__(self):
        raise ValueError("no dir")


class Quiet(AttributeError):
    pass


long_name = "a" + "b" * 45
setattr(Box, long_name, 1)
setattr(Box, "c" * 39, 1)

last_line(lambda: [].apend)                      # one letter missing
last_line(lambda: "abc".uppre())                 # transposition
last_line(lambda: "abc".UPPER())                 # too far: case flips cost too
last_line(lambda: Box().value)                   # case only
last_line(lambda: Box().ac)                      # two letters
last_line(lambda: Box().y)                       # one letter: nothing close
last_line(lambda: Box().hidden)
last_line(lambda: Box().__dict_)
last_line(lambda: Box.methd)                     # a class
last_line(lambda: math.sqr)                      # a module
last_line(lambda: getattr(Box, long_name[:-1] + "c"))   # long: only the differing middle counts
last_line(lambda: getattr(Box, "c" * 40))        # 40 and 39 characters
last_line(lambda: Slotted().alpah)
last_line(lambda: Slotted().beta)                # unset slot: the exact name is skipped
last_line(lambda: Lazy().fo)                     # raised by __getattr__
last_line(lambda: getattr(Lazy(), "fo"))
last_line(lambda: Broken().foo)                  # raised by a property getter
last_line(lambda: Listed(749).zz1x)              # 749 candidates
last_line(lambda: Listed(750).zz1x)              # 750: too many
last_line(lambda: BadDir().zebr)                 # dir() fails: no hint
last_line(lambda: setattr(Slotted(), "alpah", 1))  # stores carry no name
last_line(lambda: delattr(Box(), "ab"))          # nor deletes


def bad_delete():
    del Box().abc


last_line(bad_delete)
last_line(lambda: (None).__bool_)                # obj may be None
last_line(lambda: (1).bit_lenght())
last_line(lambda: {}.iterms())


def raise_with(cls, **kw):
    def f():
        raise cls("custom", **kw)
    return f


last_line(raise_with(AttributeError, name="methd", obj=Box))
last_line(raise_with(AttributeError, name="methd"))   # no obj: no hint
last_line(raise_with(Quiet, name="methd", obj=Box))   # subclasses get none
last_line(raise_with(AttributeError))

try:
    Lazy().fo
except AttributeError as e:
    print(str(e), e.name, type(e.obj).__name__)
try:
    setattr(Slotted(), "alpah", 1)
except AttributeError as e:
    print(str(e), e.name, e.obj)

Box().methd()
