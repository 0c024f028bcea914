# A tour of the grammar, one construct per line where possible.
from __future__ import annotations
import os.path as osp, sys
from .. import parent
from .sibling import (a, b as c,)


def positional(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> dict[str, int]:
    """Docstring."""
    global counter
    x = y = z = 0
    x += 1; y -= 2; z **= 3
    first, *rest = args or (1, 2, 3)
    [p, (q, r)] = 1, (2, 3)
    lst = [i * j for i in range(3) if i for j in range(i) if j % 2]
    st = {v for v in lst}
    dc = {k: v for k, v in zip("abc", lst)}
    gen = (n ** 2 for n in lst)
    lam = lambda x, /, y=1, *z, w, **k: (x, y, z, w, k)
    cond = a if b else c if d else e
    chain = 1 < a <= b == c != d > e >= 0 is not None
    member = a in lst and b not in lst or not c
    bits = ~a | b ^ c & d << 1 >> 2
    arith = -a + +b - a * b / c // d % e @ f ** -2
    sl = lst[1:2], lst[::2], lst[:-1], lst[1:2, ::3] if False else None
    if (n := len(lst)) > 2:
        pass
    elif n == 2:
        ...
    else:
        del x, y
    while n:
        n -= 1
        if n == 1:
            break
        continue
    else:
        pass
    for i, (j, k) in enumerate(zip(a, b)):
        pass
    else:
        pass
    try:
        raise ValueError("x") from None
    except (ValueError, TypeError) as err:
        assert err, "message"
    except Exception:
        raise
    else:
        pass
    finally:
        pass
    with open(__file__) as f, open(__file__) as g:
        pass
    with (open(__file__) as f,
          open(__file__) as g):
        pass
    def inner():
        nonlocal x
        x = yield
        yield from range(3)
        return (yield x)
    return {**kwargs, "a": 1}


@decorator
@decorator.with_args(1, key="v")
class Klass(Base, metaclass=Meta, **extra):
    attr: int = 0
    other: "Forward"

    def method(self, *, flag=False):
        print(*self.items, sep=", ", end="\n", file=sys.stderr)
        return f"{self!r:>{width}.{prec}} {self.attr=} {{escaped}} {'nested' + f'{x}'}"

    @property
    def prop(self): return self._p


strings = ('implicit' "concatenation" '''triple''' r'\raw', b'bytes' if 0 else
           u'unicode', rb'\x00', f'{1}' 'a' f"{2!s:^{3}}")
numbers = (0, 1_000, 0x_FF, 0o17, 0b1010, 1.5, .5, 1., 1e10, 1E-5, 3j, 1.5e3J, 10**100)
