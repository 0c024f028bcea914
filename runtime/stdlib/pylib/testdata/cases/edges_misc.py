# Checker-only: assorted edge behaviours compared with CPython.
import collections, functools, itertools, json, enum, heapq, string, textwrap, copy, operator, typing, dataclasses
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple, ChainMap

class D(deque):
    pass
print(D([1]), D([1], 2), deque([1]) == [1], deque("abcde").index("c", 1, 4), deque([1, 2]) * 0, 2 * deque([1]))
try:
    deque("abc").index("c", 0, 2)
except ValueError as e:
    print("ValueError", e)
try:
    deque()[0:1]
except TypeError as e:
    print("TypeError", e)
c = Counter(a=-1, b=3, c=0)
print(c, list(c.elements()), c.most_common(), Counter(c) == c, Counter(a=1) == Counter(a=1, b=0))
c.update(Counter(a=2))
print(c, c + Counter(), Counter("abc") | Counter("bcd"), Counter("aab") & Counter("abb"))
print(OrderedDict(b=1, a=2) == OrderedDict(a=2, b=1), OrderedDict(b=1) == {"b": 1}, list(OrderedDict.fromkeys("cab")))
dd = defaultdict(lambda: "x")
print(dd["k"], repr(dd)[:30].startswith("defaultdict(<function <lambda>"), defaultdict(int, a=1))
N = namedtuple("N", "a b", defaults=[None])
print(N(1), N._field_defaults, N(1, 2) + (3,), N(1, 2)[::-1], N(*"xy"), N.__new__.__defaults__)
print(functools.reduce(lambda a, b: a, [], None), functools.reduce(operator.add, "abc"))
print(itertools.count(1, 1.0), itertools.count(2.5), itertools.count(-1, -1), itertools.repeat(None, 0))
print(list(itertools.islice(itertools.count(), 2, 10, 3)), list(itertools.chain.from_iterable([[1], (), "ab"])))

class Color(enum.Enum):
    RED = 1
    BLUE = 2
    ALIAS = 1
print(Color.__members__, len(Color.__members__), Color.RED._value_, Color.ALIAS.name, Color["ALIAS"])
print(Color.RED.__class__, Color.__name__, list(Color.__members__.items())[2])
class Weekday(enum.IntFlag):
    MON = 1
    TUE = 2
    WED = 4
print(Weekday.MON | Weekday.WED, list(Weekday.MON | Weekday.WED), Weekday(3), Weekday(0), ~Weekday.MON, Weekday.MON in Weekday(3))
print(repr(Weekday(8)), Weekday(7).name, (Weekday.MON | 16).value, bool(Weekday(0)), format(Weekday.TUE, "04b"))
class Shade(enum.StrEnum):
    DARK = enum.auto()
    LIGHT = "Light"
print(Shade.DARK, repr(Shade.LIGHT), f"{Shade.DARK:>8}|", Shade.DARK.upper(), sorted(Shade), Shade("dark") in Shade)

print(json.dumps(1.0), json.dumps(1e16), json.dumps(-0.0), json.dumps(12345678901234567890), json.dumps(1/3))
class F(float):
    pass
class I(int):
    pass
print(json.dumps([F(1.5), I(7), True]), json.loads("1.0e+2"), json.loads("-12.5E-1"), json.loads('"\\u00e9\\u00E9"'))
print(json.dumps({"a": 1}, indent=-1), json.dumps([1, [2]], indent=""), json.loads("[1,2] ", ), json.loads(" {} \n"))
print(json.dumps("\u0000\u001f\u0080\u00ff\uffff"), json.dumps(["a"], separators=(",", ":"), indent=2))

h = [(2, "b"), (1, "z"), (1, "a")]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.nsmallest(2, [(1, 2), (1, 1), (0, 5)]))
print(string.Template("${a}${b}").safe_substitute(b=2), string.Formatter().format("{0:{1}}", 3.14159, ".2f"))
print(textwrap.wrap("a b c d e f g", 3), textwrap.fill("word " * 5, 11), textwrap.dedent("\n  a\n\n  b\n"))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Weekday.MON) is Weekday.MON, copy.deepcopy(N(1, [2])))
print(typing.Optional[typing.Union[int, str]], typing.Union[int, typing.Optional[str]], typing.List[typing.Tuple[int, ...]])
print(typing.Callable[[typing.List[int]], typing.Dict[str, typing.Any]], typing.Type[typing.Any], typing.Literal[1] | None)
print(repr(typing.Annotated[typing.List[int], "x"]), typing.get_args(typing.Literal["a", "b"]), typing.get_origin(typing.Callable[[], int]))

@dataclasses.dataclass
class P:
    x: int = 0
    y: list = dataclasses.field(default_factory=lambda: [1])
print(P(), P(1, [2]) == P(1, [2]), P.__dataclass_fields__["y"].default_factory(), dataclasses.astuple(P(), tuple_factory=list))
print(repr(dataclasses.field(default=1))[:40], dataclasses.fields(P)[0].default, dataclasses.MISSING is dataclasses.MISSING)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}).get("b"), len(ChainMap({"a": 1}, {"a": 2})), ChainMap({1: 2}).maps)
