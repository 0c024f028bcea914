from enum import Flag, IntFlag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE

def describe(p):
    return f"{p!s:<28} {p.value:>2} {[m.name for m in p]}"

user = Perm.READ | Perm.WRITE
print(describe(user))
print(describe(Perm.ALL), describe(Perm(0)), describe(~Perm.WRITE))
print(Perm.WRITE in user, Perm.EXECUTE in user, user & Perm.WRITE, bool(user & Perm.EXECUTE))
user |= Perm.EXECUTE
print(user, user is Perm.ALL, user == Perm.ALL, len(user), Perm.ALL.name)
user &= ~Perm.READ
print(user, repr(user), list(Perm))

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

def octal(owner, group, other):
    return f"{owner.value}{group.value}{other.value}"
rw = Mode.R | Mode.W
print(octal(Mode.R | Mode.W | Mode.X, rw, Mode.R), rw, repr(rw), rw == 6, rw + 1, Mode(5), repr(Mode(0)))
print(Mode.R | 1, Mode(7) & ~Mode.W, list(Mode(6)), Mode.X in Mode(3), int(Mode.W), f"{Mode.R:03b}")
for value in range(8):
    m = Mode(value)
    print(value, "".join(c if f in m else "-" for c, f in (("r", Mode.R), ("w", Mode.W), ("x", Mode.X))))
