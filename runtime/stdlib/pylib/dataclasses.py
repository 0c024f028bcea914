"""Data classes (PEP 557): generate __init__, __repr__, __eq__, ordering and hashing
from a class's annotated fields.

CPython writes the source of each generated method and runs exec(). Here every method is a
closure over the class's field list; __init__ binds its arguments with _argbinder.Params,
which reproduces CPython's argument errors ("C.__init__() missing 1 required positional
argument: 'y'"). Each generated method gets the __qualname__ CPython gives it.
"""

import abc
import copy
import sys
import types
from _argbinder import Params

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")
_EMPTY_METADATA = types.MappingProxyType({})


class InitVar:
    """Marks an init-only pseudo-field: passed to __init__ and __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Describes one field of a dataclass; created by field() or from a plain default."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots",
                 "weakref_slot")

    def __init__(self, **options):
        for name in self.__slots__:
            setattr(self, name, options[name])

    def __repr__(self):
        body = ",".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"_DataclassParams({body})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Returns an object to identify dataclass fields, with per-field options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _names_special(annotation, cls, module, name):
    # Recognises a string annotation such as "ClassVar[int]" or "typing.ClassVar".
    text = annotation.strip()
    head = ""
    for ch in text:
        if not (ch.isalnum() or ch in "_."):
            break
        head += ch
    ns = getattr(sys.modules.get(cls.__module__), "__dict__", {})
    parts = head.split(".")
    if len(parts) == 1:
        return ns.get(parts[0]) is getattr(module, name, object())
    if len(parts) == 2 and parts[1] == name:
        return ns.get(parts[0]) is module
    return False


def _is_classvar(a_type, cls):
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    if isinstance(a_type, str):
        return _names_special(a_type, cls, typing, "ClassVar")
    return a_type is typing.ClassVar or getattr(a_type, "__origin__", None) is typing.ClassVar


def _is_initvar(a_type, cls):
    if isinstance(a_type, str):
        return _names_special(a_type, cls, sys.modules[__name__], "InitVar")
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type, cls):
    if isinstance(a_type, str):
        return _names_special(a_type, cls, sys.modules[__name__], "KW_ONLY")
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type, cls):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
    return f


def _set_new_attribute(cls, name, value):
    # Sets a generated method unless the class defines its own; returns True if it did.
    if name in cls.__dict__:
        return True
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


_repr_running = set()


def _repr_fn(flds):
    names = [f.name for f in flds]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            body = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({body})"

    return __repr__


def _cmp_fn(name, op, flds):
    names = [f.name for f in flds]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names), tuple(getattr(other, n) for n in names))
        return NotImplemented

    compare.__name__ = name
    return compare


def _init_fn(cls, all_init_fields, std_fields, kw_only_fields, frozen, has_post_init, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")

    def default_of(f):
        return _HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default

    positional = [f.name for f in std_fields if f.init]
    defaults = {f.name: default_of(f) for f in std_fields if f.init and default_of(f) is not MISSING}
    kwonly = [f.name for f in kw_only_fields if f.init]
    kwdefaults = {f.name: default_of(f) for f in kw_only_fields if f.init and default_of(f) is not MISSING}
    params = Params(f"{cls.__qualname__}.__init__", positional, defaults, kwonly, kwdefaults)
    setter = object.__setattr__
    initvar_names = [f.name for f in all_init_fields if f._field_type is _FIELD_INITVAR]

    def __init__(self, *args, **kwargs):
        values = params.bind(args, kwargs)
        for f in all_init_fields:
            if f.default_factory is not MISSING:
                if f.init and values[f.name] is not _HAS_DEFAULT_FACTORY:
                    value = values[f.name]
                else:
                    value = f.default_factory()
            elif f.init:
                value = values[f.name]
            elif slots and f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                continue
            if frozen:
                setter(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[values[name] for name in initvar_names])

    annotations = {f.name: f.type for f in std_fields + kw_only_fields if f.init}
    annotations["return"] = None
    __init__.__annotations__ = annotations
    return __init__


def _frozen_get_del_attr(cls, field_list):
    names = tuple(f.name for f in field_list)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _hash_fn(flds):
    names = [f.name for f in flds]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    return __hash__


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    return _hash_fn([f for f in fields if (f.compare if f.hash is None else f.hash)])


def _hash_exception(cls, fields):
    raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")


# Indexed by (unsafe_hash, eq, frozen, has_explicit_hash), as in CPython's table.
_hash_action = {
    (False, False, False, False): None, (False, False, False, True): None,
    (False, False, True, False): None, (False, False, True, True): None,
    (False, True, False, False): _hash_set_none, (False, True, False, True): None,
    (False, True, True, False): _hash_add, (False, True, True, True): None,
    (True, False, False, False): _hash_add, (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add, (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add, (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add, (True, True, True, True): _hash_exception,
}


def _text_signature(std_fields, kw_only_fields):
    # The text inspect.signature() would give the generated __init__, for the class doc.
    def annotation(t):
        if isinstance(t, type) and not isinstance(t, types.GenericAlias):
            if t.__module__ == "builtins":
                return t.__qualname__
            return f"{t.__module__}.{t.__qualname__}"
        if getattr(type(t), "__module__", None) == "typing":
            return repr(t).replace("typing.", "")
        return repr(t)

    def param(f):
        text = f"{f.name}: {annotation(f.type)}"
        if f.default_factory is not MISSING:
            return text + " = <factory>"
        if f.default is not MISSING:
            return text + f" = {f.default!r}"
        return text

    parts = [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_only_fields if f.init]
    if kw:
        parts += ["*"] + kw
    return "(" + ", ".join(parts) + ")"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    cls.__dataclass_params__ = _DataclassParams(
        init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
        match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, "__dataclass_params__").frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type, cls):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = fields

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    if init:
        _set_new_attribute(cls, "__init__", _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                                     frozen, hasattr(cls, "__post_init__"), slots))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr]))
    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn("__eq__", lambda a, b: a == b, compared))
    if order:
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compared)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)
        if cls.__hash__ is not None:
            cls.__hash__.__qualname__ = f"{cls.__qualname__}.__hash__"

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + (_text_signature(std_init_fields, kw_only_init_fields) if init else "()")
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    wanted = field_names + (("__weakref__",) if weakref_slot else ())
    cls_dict["__slots__"] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        # The frozen __setattr__ compares with the class it was made for: remake it.
        for fn in _frozen_get_del_attr(new_cls, fields(new_cls)):
            fn.__qualname__ = f"{new_cls.__qualname__}.{fn.__name__}"
            setattr(new_cls, fn.__name__, fn)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields. If init is true, an __init__()
    method is added; repr adds __repr__(), eq adds __eq__(), order adds the rich
    comparisons, unsafe_hash forces a __hash__() and frozen makes instances read-only.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Returns a tuple describing the fields of this dataclass (not ClassVars or InitVars)."""
    try:
        fields = getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, complex, bytes, type(Ellipsis),
                           type(NotImplemented), types.CodeType, types.BuiltinFunctionType,
                           types.FunctionType, type, range, property})


def asdict(obj, *, dict_factory=dict):
    """Returns the fields of a dataclass instance as a new dictionary, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, lambda pairs: dict_factory(pairs), True)


def astuple(obj, *, tuple_factory=tuple):
    """Returns the fields of a dataclass instance as a new tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    # Shared recursion of asdict() and astuple().
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, True)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), "default_factory"):
            result = type(obj)(getattr(obj, "default_factory"))
            for k, v in obj.items():
                result[_convert(k, factory, as_dict)] = _convert(v, factory, as_dict)
            return result
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Returns a new dataclass named cls_name with the given fields.

    Each item of fields is a name, a (name, type) pair or a (name, type, Field) triple.
    """
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        import keyword
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            import _asobiba
            module = _asobiba.caller_module(1)
        except (ImportError, AttributeError):
            module = None
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Returns a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
