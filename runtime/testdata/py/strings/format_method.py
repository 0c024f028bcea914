# str.format and format_map: field names, indices, attributes, conversions, nested specs.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
print("{} and {}".format('a', 'b'), "{1} {0} {1}".format('x', 'y'), "{name}!".format(name='N'))
print("{0.x} {0.y[1]} {0!r} {0!s} {0!a}".format(P()), "{d[key]} {d[1]}".format(d={'key': 'v', 1: 'one'}))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format('r', 'l', 'c', 'm'), "{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{{literal}} {}".format(5), "{:,}".format(10**9), "{:08.3f}".format(-3.5), "{:x} {:#b}".format(255, 5))
print("{!r:>10}".format('q'), "{0:{1}}".format('z', '>4'), "{:%}".format(0.125), "{:e}".format(0.000123))
print("{a}-{b}".format_map({'a': 1, 'b': 2}), "{:日^7}".format('中'), "{:>5}".format('日本'))
class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print("{a} {b}".format_map(Missing(a='A')))
show(lambda: "{}".format())
show(lambda: "{1}".format('a'))
show(lambda: "{x}".format(y=1))
show(lambda: "{0} {}".format(1, 2))
show(lambda: "{} {0}".format(1, 2))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{!z}".format(1))
show(lambda: "{:d}".format('s'))
show(lambda: "{:s}".format(5))
show(lambda: "{0.nope}".format(1))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{:,s}".format('x'))
show(lambda: "{:=5}".format('x'))
show(lambda: format(object(), 'x'))
show(lambda: format([1, 2]))
print(format('abc', '.2'), format(3, ''), format(None), format(1.5, ''), format(True, 'd'), format(3, 'c'))
