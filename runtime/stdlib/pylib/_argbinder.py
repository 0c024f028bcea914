"""Binding of call arguments to a parameter list chosen at run time, with CPython's errors.

namedtuple's __new__ and dataclass's __init__ have parameters that are only known when the
class is created. CPython writes their source text and runs exec(); pylib instead builds a
Params description and binds each call's *args and **kwargs against it, raising the very
TypeError messages CPython's own argument parser would ("Point.__init__() missing 1
required positional argument: 'y'").
"""

_MISSING = object()


class Params:
    """A parameter list: positional-or-keyword names, then keyword-only names.

    defaults and kwdefaults map names to default values (defaults must belong to the last
    positional names). counts_self tells whether a leading self/cls parameter exists, so
    that "takes N positional arguments" counts it as CPython does.
    """

    __slots__ = ("qualname", "positional", "defaults", "kwonly", "kwdefaults", "counts_self")

    def __init__(self, qualname, positional, defaults=None, kwonly=(), kwdefaults=None, counts_self=True):
        self.qualname = qualname
        self.positional = tuple(positional)
        self.defaults = dict(defaults or {})
        self.kwonly = tuple(kwonly)
        self.kwdefaults = dict(kwdefaults or {})
        self.counts_self = counts_self

    def bind(self, args, kwargs):
        """Returns a dict of parameter name to value, in parameter order.

        Default values are filled in; a value that is a default is the default object
        itself (callers that need fresh values, such as default factories, check identity).
        """
        positional = self.positional
        values = dict(zip(positional, args))
        for name, value in kwargs.items():
            if name in values:
                if name in positional:
                    raise TypeError(f"{self.qualname}() got multiple values for argument '{name}'")
            if name not in positional and name not in self.kwonly:
                raise TypeError(f"{self.qualname}() got an unexpected keyword argument '{name}'")
            values[name] = value
        if len(args) > len(positional):
            self._too_many(len(args), kwargs)
        missing = [n for n in positional if n not in values and n not in self.defaults]
        if missing:
            raise TypeError(self._missing("positional", missing))
        missing = [n for n in self.kwonly if n not in values and n not in self.kwdefaults]
        if missing:
            raise TypeError(self._missing("keyword-only", missing))
        bound = {}
        for name in positional:
            bound[name] = values[name] if name in values else self.defaults[name]
        for name in self.kwonly:
            bound[name] = values[name] if name in values else self.kwdefaults[name]
        return bound

    def _too_many(self, given, kwargs):
        extra = 1 if self.counts_self else 0
        count = len(self.positional) + extra
        given += extra
        if self.defaults:
            sig = f"from {count - len(self.defaults)} to {count}"
            plural = True
        else:
            sig = str(count)
            plural = count != 1
        kwonly_given = sum(1 for n in self.kwonly if n in kwargs)
        kwonly_sig = ""
        if kwonly_given:
            kwonly_sig = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                          f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
        verb = "was" if given == 1 and not kwonly_given else "were"
        raise TypeError(f"{self.qualname}() takes {sig} positional argument{'s' if plural else ''} "
                        f"but {given}{kwonly_sig} {verb} given")

    def _missing(self, kind, names):
        quoted = [f"'{n}'" for n in names]
        if len(quoted) == 1:
            text = quoted[0]
        elif len(quoted) == 2:
            text = f"{quoted[0]} and {quoted[1]}"
        else:
            text = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
        return (f"{self.qualname}() missing {len(names)} required {kind} "
                f"argument{'' if len(names) == 1 else 's'}: {text}")
