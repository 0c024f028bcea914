# The "Did you mean" hints of the traceback module, which in CPython 3.12 follow
# traceback.py's rules rather than the exception printer's: subclasses get hints too, an
# AttributeError without obj looks in dir(None), names are compared by code point, exactly 750
# candidates still get a hint but a name over 40 characters none, a NameError looks in its
# frame's locals (a class body's namespace too), globals and builtins as one list, and the
# forgotten-import hint has no question mark. CPython 3.11's traceback module gives no hints,
# so the expected output (.asobiba.out) is CPython 3.12's, made as suggest_py312.py's is.
import traceback


def show(f):
    """Run f and print the last line of traceback.format_exc(), str() of its
    TracebackException and the last line of format_exception_only(), which formats the
    exception without its traceback (the location of an ImportError left out)."""
    try:
        f()
    except BaseException as e:
        lines = (traceback.format_exc().splitlines()[-1],
                 str(traceback.TracebackException.from_exception(e)),
                 traceback.format_exception_only(e)[-1].rstrip())
        for line in lines:
            if "cannot import name" in line:
                line = line[:line.index(" (")] + line[line.rindex(")") + 1:]
            print(line)


class Listed:
    def __init__(self, n):
        self.n = n

    def __dir__(self):
        return ["zz%d" % i for i in range(self.n)]


class Quiet(AttributeError):
    pass


class Accents:
    café = 1
    éééé = 1
    Straße = 1


def class_body():
    class C:
        alpha = 1
        beta = alpah
    return C


def raiser(cls, **kw):
    def f():
        raise cls("x", **kw)
    return f


show(lambda: Listed(749).zz1x)
show(lambda: Listed(750).zz1x)                  # the printer gives up at 750
show(lambda: Listed(751).zz1x)
show(class_body)
show(raiser(AttributeError, name="__bool_"))   # no obj: dir(None)
show(raiser(Quiet, name="apend", obj=[]))
show(lambda: Accents().cafe)
show(lambda: Accents().eeee)
show(lambda: Accents().strasse)
long_name = "a" + "b" * 45
setattr(Accents, long_name, 1)
show(lambda: getattr(Accents, long_name[:-1] + "c"))   # over 40 characters
show(lambda: exec("from os.path import joinn", {}))
show(lambda: exec("from asyncio.tasks import sleeep", {}))   # dir(asyncio)
show(lambda: json)
show(lambda: prnt)
