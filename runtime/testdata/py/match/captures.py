import math

class Color:
    RED = "red"
    GREEN = "green"

def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case math.pi:
            return "pi"
        case other:
            return f"unknown {other!r}"

for c in ["red", "green", math.pi, "blue"]:
    print(describe(c))

# A capture binds in the enclosing scope and stays bound after the statement.
match 42:
    case n:
        pass
print("n =", n)

# Bindings made before a failing guard remain; the guard sees them.
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("guard failed, a and b are", a, b)

# Failed patterns do not bind.
y = "unset"
match [1, 2]:
    case (y, 9):
        print("no")
    case _:
        print("y is still", y)

def scope():
    match "local":
        case v:
            pass
    return v, "v" in locals()
print(scope())

match = 1
case = 2
_ = 3
print(match, case, _)
