import string
from string import Formatter, Template

class SafeFormatter(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

f = SafeFormatter()
print(f.format("Hello {name}, you owe {amount:.2f} to {creditor}", name="Ann", amount=12.5))
print(f.vformat("{0} {1!r} {x}", ("a", "b"), {}))

class Checking(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - {k for k in used_args if isinstance(k, str)}
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))
try:
    Checking().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
for literal, field, spec, conv in Formatter().parse("Total: {total:>10,.2f} for {user.name!s} on {0[date]}"):
    print(repr(literal), field, repr(spec), conv)
letter = Template("""Dear $name,
your order #${order_id} ships on $day. Cost: $$${cost}.""")
print(letter.substitute(name="Bob", order_id=42, day="Monday", cost="9.99"))
print(letter.safe_substitute(name="Eve"))
print(letter.get_identifiers())
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
for name, qty, price in rows:
    print(Formatter().format("{:<8}|{:>4}|{:>6.2f}", name, qty, qty * price))
print(string.capwords("the  quick brown\tfox"), "".join(c for c in "a1b2c3" if c in string.digits))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello".translate(table), all(c in string.printable for c in "tab\tok"))
