class Shape:
    __match_args__ = ("sides",)
    sides = 3

def classify(s):
    match s:
        case Shape(3, 4):
            return "bad"
        case _:
            return "other"

print("start")
classify(Shape())
