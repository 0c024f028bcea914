# uncaught in function
def f():
    g()
def g():
    raise ValueError("bad value")
f()
# ---
# chained uncaught
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse") from e
parse("x")
# ---
# context uncaught
try:
    {}["missing"]
except KeyError:
    print(undefined_thing)
# ---
# name suggestion
def main():
    values = [1, 2]
    print(valeus)
main()
# ---
# attribute suggestion
class Point:
    def __init__(self):
        self.x = 1
Point().y_value = 2
print(Point().xx)
# ---
# recursion traceback
def down(n):
    return down(n + 1)
down(0)
# ---
# exception group uncaught
def fail():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
fail()
# ---
# notes and custom exceptions
class AppError(Exception):
    pass
e = AppError("custom")
e.add_note("a note")
raise e
# ---
# syntax error
x = (1,
print("never")
# ---
# exec syntax error
exec("x = = 1")
# ---
# generator traceback
def gen():
    yield 1
    raise KeyError("from gen")
for x in gen():
    print(x)
# ---
# pep 479 uncaught
def gen():
    yield 1
    raise StopIteration
list(gen())
# ---
# error in except and finally
try:
    raise ValueError("first")
finally:
    print("cleanup")
