def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1+2j:
            return "complex"
        case -3-4j:
            return "neg complex"
        case "ab" "cd":
            return "abcd"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case False:
            return "false"
        case None:
            return "none"
        case _:
            return "other"

for v in [0, 0.0, -1, 1.5, 1+2j, -3-4j, "abcd", b"raw", True, 1, False, None, "x", [], 2]:
    print(repr(v), lit(v))

# Singletons match by identity: 1 is not True, 0 is not False.
match 1:
    case True:
        print("bad")
    case 1:
        print("one, not True")
