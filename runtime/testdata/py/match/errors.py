class C:
    pass

class D:
    __match_args__ = ["a"]

class E:
    __match_args__ = (1,)

class F:
    __match_args__ = ("a", "a")
    a = 1

class G:
    __match_args__ = ("missing",)

for subject, label in [(C(), "C(1)"), (D(), "D(1)"), (E(), "E(1)"), (F(), "F(1, 2)"), (F(), "F(1, a=2)"),
                       (5, "int(1, 2)"), (G(), "G(1)")]:
    try:
        match subject:
            case C(1):
                print("C")
            case D(1):
                print("D")
            case E(1):
                print("E")
            case F(1, 2) if label == "F(1, 2)":
                print("F")
            case F(1, a=2):
                print("F kw")
            case int(1, 2):
                print("int")
            case G(1):
                print("G")
            case _:
                print(label, "no match")
    except TypeError as e:
        print(label, "TypeError:", e)

# Attribute errors inside a guard propagate.
try:
    match 1:
        case x if x.nope:
            pass
except AttributeError as e:
    print("AttributeError:", e)

# Errors in __eq__ propagate from value patterns.
class Bad:
    def __eq__(self, other):
        raise RuntimeError("no comparisons")

try:
    match Bad():
        case 1:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)
