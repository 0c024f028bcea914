"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstractmethod decorators.

ABCMeta keeps, per class, a registry of virtual subclasses and caches of positive and
negative issubclass answers. A global counter invalidates every negative cache whenever any
register() call happens, as in CPython. Instantiating a class whose __abstractmethods__ is
not empty raises TypeError with CPython 3.12's wording.
"""

_invalidation_counter = 0


def abstractmethod(funcobj):
    """Marks a method abstract: a class that keeps it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod together with abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod together with abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property together with abstractmethod."""

    __isabstractmethod__ = True


def get_cache_token():
    """Returns a token that changes whenever any ABC gains a virtual subclass."""
    return _invalidation_counter


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


def _new_checks_abstract(cls):
    # CPython checks abstract methods in object.__new__; a builtin base's own __new__
    # (int, str, tuple ...) skips the check, and so do we.
    for klass in cls.__mro__:
        new = klass.__dict__.get("__new__")
        if new is None or isinstance(new, staticmethod):
            continue
        return klass is object
    return True


class _AbcData:
    """One ABC's registry of virtual subclasses and its issubclass caches."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter


def abstract_error(cls):
    """Returns the TypeError CPython 3.12 raises for instantiating an abstract class."""
    names = sorted(cls.__abstractmethods__)
    plural = "s" if len(names) > 1 else ""
    joined = "', '".join(names)
    return TypeError(f"Can't instantiate abstract class {cls.__name__} "
                     f"without an implementation for abstract method{plural} '{joined}'")


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    An ABC can be subclassed directly, or have unrelated concrete classes (even built-in
    ones) registered as "virtual subclasses" with register(); issubclass() and isinstance()
    then recognise them, although they do not appear in the ABC's MRO.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _AbcData()
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__ and _new_checks_abstract(cls):
            raise abstract_error(cls)
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Registers a virtual subclass of an ABC and returns it (usable as a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Prints the registry and caches, for debugging."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in _AbcData.__slots__:
            print(f"_abc_{name}: {getattr(cls._abc_impl, name)!r}", file=file)

    def _abc_registry_clear(cls):
        """Clears the registry of virtual subclasses."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clears both caches."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        answer = cls._decide_subclass(subclass)
        (impl.cache if answer else impl.negative_cache).add(subclass)
        return answer

    def _decide_subclass(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for rcls in cls._abc_impl.registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                return True
        return False


def update_abstractmethods(cls):
    """Recomputes an ABC's abstract methods after it was changed; returns the class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class whose metaclass is ABCMeta: subclass it to define an ABC."""

    __slots__ = ()
