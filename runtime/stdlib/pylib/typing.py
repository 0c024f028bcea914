"""Support for type hints (PEP 484 and successors), as CPython 3.12's typing module.

Everything prints the way CPython prints it: typing.List[int], typing.Optional[int],
typing.Callable[[int], str], ~T. The special forms, type variables and generic aliases live
in _typing_core; this module adds Protocol, the aliases of standard classes, NamedTuple,
TypedDict, NewType and the introspection helpers.
"""

import builtins
import collections
import collections.abc
import contextlib
import functools
import sys
import types
from abc import ABCMeta, abstractmethod

import _typing_core
import re
from _typing_core import (Annotated, Any, ClassVar, Concatenate, Final, ForwardRef, Generic, LiteralString,
                          Literal, Never, NoReturn, NotRequired, Optional, ParamSpec, ParamSpecArgs,
                          ParamSpecKwargs, Required, Self, TypeAlias, TypeGuard, TypeVar, Union,
                          _AnnotatedAlias, _BaseGenericAlias, _CallableType, _GenericAlias, _SpecialForm,
                          _SpecialGenericAlias, _TupleType, _UnionGenericAlias, _type_check, _type_repr)

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic", "Literal",
    "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "Union", "AbstractSet", "ByteString",
    "Container", "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping",
    "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
    "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict",
    "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "AnyStr", "assert_type",
    "assert_never", "cast", "final", "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check", "NoReturn", "NotRequired", "overload", "override",
    "ParamSpecArgs", "ParamSpecKwargs", "reveal_type", "runtime_checkable", "Required", "Self", "Text",
    "TYPE_CHECKING", "TypeAlias", "TypeGuard", "clear_overloads", "dataclass_transform",
    "IO", "TextIO", "BinaryIO", "Pattern", "Match",
]

TYPE_CHECKING = False
Text = str
AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"

# The type variables CPython's typing module defines for its own generic aliases.
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = "typing"
del _tv


_SPECIAL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__",
    "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__match_args__", "__parameters__",
    "__orig_bases__", "__protocol_attrs__", "_is_protocol", "_is_runtime_protocol",
    "__non_callable_proto_members__", "__type_params__", "__qualname__", "_abc_impl",
})
_PROTO_ALLOWLIST = {
    "collections.abc": ["Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable", "Hashable", "Sized",
                        "Container", "Collection", "Reversible", "Buffer"],
    "contextlib": ["AbstractContextManager", "AbstractAsyncContextManager"],
}
_checking_protocols = [0]  # > 0 while a protocol check runs: nested checks by abc are allowed


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {"Protocol", "Generic"}:
            continue
        for attr in (*base.__dict__, *base.__dict__.get("__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in {object, Generic}
                        or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, [])
                        or (issubclass(base, Generic) and getattr(base, "_is_protocol", False))):
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _get_protocol_attrs(cls)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, "_is_protocol", False) and not _checking_protocols[0]:
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if cls.__non_callable_proto_members__ and cls.__dict__.get("__subclasshook__") is _proto_hook:
                raise TypeError("Protocols with non-method members don't support issubclass()")
        _checking_protocols[0] += 1
        try:
            return super().__subclasscheck__(other)
        finally:
            _checking_protocols[0] -= 1

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False) and not _checking_protocols[0]:
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        _checking_protocols[0] += 1
        try:
            if super().__instancecheck__(instance):
                return True
        finally:
            _checking_protocols[0] -= 1
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, "__annotations__", {})
            if attr in annotations and issubclass(other, Generic) and getattr(other, "_is_protocol", False):
                break
        else:
            return NotImplemented
    return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping).

    A class matches a @runtime_checkable protocol in isinstance() when it has all of the
    protocol's members, whatever its bases.
    """

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Marks a protocol class as a runtime protocol, usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not getattr(cls, "_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = {a for a in cls.__protocol_attrs__ if not callable(getattr(cls, a, None))}
    return cls


_typing_core.Protocol = Protocol
Protocol.__module__ = "typing"

_alias = _SpecialGenericAlias
Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _alias(collections.abc.Set, 1, name="AbstractSet")
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(collections.abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name="ContextManager")
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1, name="AsyncContextManager")
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3)
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name="Type")
Pattern = _alias(re.Pattern, 1)
Match = _alias(re.Match, 1)
del _alias


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""

    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""

    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""

    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__."""

    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An ABC with one abstract method __round__."""

    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0):
        pass


def cast(typ, val):
    """Casts a value to a type: returns the value unchanged (it only informs type checkers)."""
    return val


def assert_type(val, typ, /):
    """Asks a static type checker to confirm that val has type typ; returns val."""
    return val


def assert_never(arg, /):
    """Statically asserts that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Prints the runtime type of obj to stderr and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    """Decorator indicating final methods and final classes to type checkers."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Indicates that a method is intended to override a method in a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, types.FunctionType) and obj.__qualname__.startswith(arg.__qualname__ + "."):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default, "kw_only_default": kw_only_default,
            "frozen_default": frozen_default, "field_specifiers": field_specifiers, "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods; the real implementation must follow."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Returns all defined overloads for func as a list."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    """Clears all overloads in the registry."""
    _overload_registry.clear()


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __call__(self, x, /):
        return x

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _typing_core._caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """Returns the unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """Returns the type arguments with all substitutions performed: get_args(Dict[int, str])."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if getattr(tp, "__origin__", None) is collections.abc.Callable and res and \
                not (len(res) == 2 and (res[0] is ... or isinstance(res[0], ParamSpec))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """Checks if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types_ = ns.get("__annotations__", {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(), defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        nm_tpl.__bases__ = bases
        if Generic in bases:
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Employee(NamedTuple): name: str; id: int = 3."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    module = _typing_core._caller_module()
    return _make_nmtuple(typename, fields, module=None if module == "typing" else module)


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        generic_base = (Generic,) if any(b is Generic for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        own_annotations = {n: _type_check(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
                           for n, tp in ns.get("__annotations__", {}).items()}
        annotations = {}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            origin = get_origin(tp)
            if origin is Required:
                required_keys.add(key)
            elif origin is NotRequired:
                optional_keys.add(key)
            elif total:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace; at runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _typing_core._caller_module()
    if module != "typing":
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def _eval_annotation(text, globalns, localns):
    """Evaluates a string annotation made of names, attributes, subscripts, None and '|'."""
    parser = _AnnotationParser(text, globalns, localns)
    value = parser.union()
    parser.skip_spaces()
    if parser.pos != len(text):
        raise SyntaxError(f"unsupported annotation: {text!r}")
    return value


class _AnnotationParser:
    def __init__(self, text, globalns, localns):
        self.text, self.pos = text, 0
        self.globalns, self.localns = globalns, localns or {}

    def skip_spaces(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def peek(self, ch):
        self.skip_spaces()
        if self.text.startswith(ch, self.pos):
            self.pos += len(ch)
            return True
        return False

    def union(self):
        value = self.primary()
        while self.peek("|"):
            value = Union[value, self.primary()]
        return value

    def primary(self):
        self.skip_spaces()
        text = self.text
        if self.peek("["):
            items = [] if self.peek("]") else self.items("]")
            return items
        if self.peek("..."):
            return ...
        if text[self.pos:self.pos + 1] in ("'", '"'):
            quote = text[self.pos]
            end = text.index(quote, self.pos + 1)
            value = _eval_annotation(text[self.pos + 1:end], self.globalns, self.localns)
            self.pos = end + 1
            return value
        start = self.pos
        while self.pos < len(text) and (text[self.pos].isalnum() or text[self.pos] == "_"):
            self.pos += 1
        name = text[start:self.pos]
        if not name:
            raise SyntaxError(f"unsupported annotation: {text!r}")
        if name == "None":
            value = None
        elif name in self.localns:
            value = self.localns[name]
        elif name in self.globalns:
            value = self.globalns[name]
        elif hasattr(builtins, name):
            value = getattr(builtins, name)
        else:
            raise NameError(f"name {name!r} is not defined")
        while True:
            if self.peek("."):
                start = self.pos
                while self.pos < len(text) and (text[self.pos].isalnum() or text[self.pos] == "_"):
                    self.pos += 1
                value = getattr(value, text[start:self.pos])
            elif self.peek("["):
                items = self.items("]")
                value = value[items[0] if len(items) == 1 else tuple(items)]
            else:
                return value

    def items(self, close):
        items = [self.union()]
        while self.peek(","):
            if self.peek(close):
                return items
            items.append(self.union())
        if not self.peek(close):
            raise SyntaxError(f"unsupported annotation: {self.text!r}")
        return items


def _resolve(tp, globalns, localns):
    if isinstance(tp, str):
        tp = _eval_annotation(tp, globalns, localns)
    if isinstance(tp, ForwardRef):
        tp = _eval_annotation(tp.__forward_arg__, globalns, localns)
    if tp is None:
        return type(None)
    if isinstance(tp, _GenericAlias) and any(isinstance(a, ForwardRef) for a in tp.__args__):
        args = tuple(_resolve(a, globalns, localns) for a in tp.__args__)
        if isinstance(tp, _AnnotatedAlias):
            return _AnnotatedAlias(args[0], tp.__metadata__)
        return Union[args] if isinstance(tp, _UnionGenericAlias) else tp.copy_with(args)
    return tp


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and getattr(t.__origin__, "_name", None) in ("Required", "NotRequired"):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Returns type hints for an object, with string annotations evaluated.

    For classes, the annotations of the whole MRO are merged, base classes first.
    """
    if getattr(obj, "__no_type_check__", None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            base_globals = globalns
            if base_globals is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _resolve(value, base_globals, base_locals)
    else:
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None:
                globalns = getattr(obj, "__dict__", {}) if isinstance(obj, types.ModuleType) else {}
        for name, value in getattr(obj, "__annotations__", {}).items():
            hints[name] = _resolve(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class IO(Generic[AnyStr]):
    """The generic type of file objects (open() returns one of its kind)."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def __enter__(self) -> "IO[AnyStr]":
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass
