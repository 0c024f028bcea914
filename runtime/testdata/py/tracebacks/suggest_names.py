# The "Did you mean" hint of a NameError, as the exception printer adds it: from the
# innermost frame's local variable names (not its free or cell-only ones), then its globals,
# then its builtins, the first list with a close name winning.
import io
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


data = [1, 2]
value = 10


def helper():
    pass


def local_first():
    prin = 1
    return prinr                                 # the local, though print is a builtin


def locals_only():
    counter = 0
    return countr


def closure():
    value2 = 1

    def inner():
        return valeu2                            # a free variable is not a candidate
    return inner() + value2


def cell_owner():
    item = 1

    def inner():
        return item
    return itme                                  # nor is a cell-only one


def uses_global():
    return helpr()


def comprehension():
    return [x for x in dta]


def in_comprehension():
    return [itm for item in data]


def class_body():
    class C:
        alpha = 1
        beta = alpah                             # class namespace is not searched
    return C


def unbound():
    print(alpha)
    alpha = 1


last_line(lambda: prnt("x"))
last_line(lambda: Print)
last_line(lambda: lenn([]))
last_line(lambda: isinstanc(1, int))
last_line(lambda: x)
last_line(lambda: valeu)
last_line(local_first)
last_line(locals_only)
last_line(closure)
last_line(cell_owner)
last_line(uses_global)
last_line(comprehension)
last_line(in_comprehension)
last_line(class_body)
last_line(unbound)
last_line(lambda: exec("prnt(1)", {}))
last_line(lambda: list(valeu for _ in range(1)))
exec("a" + "b" * 45 + " = 1")
last_line(lambda: eval("a" + "b" * 44 + "c"))    # long: only the differing middle counts


def raise_with(**kw):
    def f():
        raise NameError("custom", **kw)
    return f


last_line(raise_with(name="prnt"))
last_line(raise_with())
try:
    prnt
except NameError as e:
    print(str(e), e.name)

helpr()
