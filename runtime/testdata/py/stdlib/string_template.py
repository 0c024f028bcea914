import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"), string.capwords(""))
t = Template("$who likes ${what}; $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "ann", "what": "tea"}, who="bob"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
for bad in ("cost: $ 5", "line1\nline2 $", "${bad name}", "a $1"):
    try:
        Template(bad).substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(Template(bad).safe_substitute(), Template(bad).is_valid())
class Percent(Template):
    delimiter = "%"
print(Percent("%x and %{y}%% done").substitute(x=1, y=2))
print(Template("$a$b ${a}c $_x1").substitute(a=1, b=2, _x1="z"))

f = Formatter()
print(f.format("{} + {} = {:>5}", 1, 2, 3), f.format("{0}{1}{0}", "a", "b"), f.format("{x!r:>6}|{y:.2f}", x="s", y=3.14159))
print(f.format("{0[1]} {p.real} {d[key]}", [5, 6], p=3 + 4j, d={"key": "v"}), f.format("{:{w}}|", "ab", w=5))
print(list(f.parse("a{{b}}c{0!s:>3}d{}")), list(f.parse("")), list(f.parse("{x.y[0]}")), list(f.parse("}}x{{")))
print(list(f.parse("{a[:}]!r:{b}}tail")), list(f.parse("{:}{!a}")))
for bad in ("{", "}", "a}b", "{0", "{!}", "{0!x}", "{}{0}", "{0!r", "{0!rx}", "{a{b}", "{0:{1}", "x{0[}"):
    try:
        f.format(bad, 1, 2)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {name}", "abc", name="def"))
