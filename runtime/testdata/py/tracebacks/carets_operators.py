# The ^ and ~ lines under the failing part of a line, for operators, subscripts and the
# targets of assignments (printed through traceback.print_exc, CPython's Python printer).
import traceback


def show(label, action):
    print("--", label)
    try:
        action()
    except Exception:
        traceback.print_exc(limit=-1)


class Box:
    __slots__ = ("value",)


def binary():
    total = 10
    return total + None


def floor_division():
    n = "7"
    return n // 2


def parenthesised():
    a, b = 1, "x"
    return (a + 1) * (b - 3)


def nested_subscript():
    grid = [[1, 2], [3]]
    return grid[1][4] + 1


def spaced_subscript():
    table = {}
    return table [ "key" ]


def wide_characters():
    辞書 = {"キー": "値"}
    return 辞書["キー"] + 1


def comparison():
    limit = 3
    return 1 < limit < "many"


def augmented_item():
    counts = {}
    counts["apples"] += 1


def augmented_attribute():
    box = Box()
    box.value += 1


def store_item():
    point = (1, 2)
    point[0] = 5


def store_attribute():
    box = Box()
    box.size = 3


def delete_item():
    stock = {"a": 1}
    del stock["b"]


def unpack():
    first, second = [1]


def shift():
    return "bits" << 2


for label, action in [
    ("binary", binary), ("floor division", floor_division), ("parenthesised", parenthesised),
    ("nested subscript", nested_subscript), ("spaced subscript", spaced_subscript),
    ("wide characters", wide_characters), ("comparison", comparison),
    ("augmented item", augmented_item), ("augmented attribute", augmented_attribute),
    ("store item", store_item), ("store attribute", store_attribute),
    ("delete item", delete_item), ("unpack", unpack), ("shift", shift),
]:
    show(label, action)
