import pprint, textwrap, string, collections, dataclasses
data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "meta": {"age": 30, "tags": list(range(12))}}, {"name": "bob", "roles": [], "meta": None}], "count": 2, "nested": {"a": {"b": {"c": {"d": [1, 2, 3]}}}}, "long": "x" * 100}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat(list(range(40)), width=50, compact=True))
print(pprint.pformat((1, (2, (3, (4,)))), depth=2), pprint.saferepr([1, {2: 3}]), pprint.isreadable([1]), pprint.isrecursive([1]))
pprint.pprint(collections.OrderedDict(a=1, b=[1] * 30), width=40)
pprint.pprint(collections.defaultdict(list, {"k": list(range(25))}))
pprint.pprint(collections.Counter("abracadabra" * 3))
@dataclasses.dataclass
class P:
    name: str
    items: list
pprint.pprint(P("x", list(range(30))), width=50)
pprint.pprint({"set": set(range(20)), "fs": frozenset({3, 1}), "bytes": b"x" * 90, "tuple1": (1,)})
s = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(s, 25, break_long_words=False, max_lines=3, placeholder=" [...]"))
print(textwrap.fill("a-very-long-hyphenated-word-that-goes-on and more", 10))
print(textwrap.fill("tabs\there\tand\tthere", 20, expand_tabs=True, tabsize=4))
print(textwrap.shorten("Hello   world,   this is   long", width=20), textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(repr(textwrap.dedent("\n    x\n      y\n\n    z\n")))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers() if hasattr(t, "get_identifiers") else "")
f = string.Formatter()
print(f.format("{0}-{name:>5}", 1, name="z"), list(f.parse("a{b!r:>3}c{}")))
print(string.capwords(" hello   world "), string.ascii_uppercase, string.hexdigits, string.octdigits, repr(string.whitespace))
import pprint
pprint.pprint(b"abcdefgh" * 20)
pprint.pprint([bytearray(b"xy" * 50)], width=40)
pprint.pprint({"k": b"\x00\xff" * 40})
