ns = {}
exec("a = 1\ndef f(): return a + 1", ns)
print(ns["f"](), sorted(ns))
print(eval("x * 2", {"x": 21}), eval("  1 + 1"))
def loc():
    v = 5
    return eval("v + 1")
print(loc())
code = compile("y = 3\nprint('compiled', y)", "<mine>", "exec")
exec(code)
print(y)
for bad in [lambda: exec(1), lambda: eval("1", 1), lambda: compile("1", "f", "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print("syntax", e.msg)
