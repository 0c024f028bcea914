# str.join, maketrans and translate.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(", ".join(["a", "b", "c"]), "".join(x for x in "xyz"), "-".join("abc"), "|".join([]), "日".join(["a", "b"]))
show(lambda: ", ".join([1, 2]))
show(lambda: ", ".join(5))
show(lambda: "".join(["a", None]))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd".translate(table), "hello".translate({ord('l'): None, ord('h'): 'J'}))
print(str.maketrans({'a': '1', 98: None}), "abc".translate(str.maketrans({'a': '1', 98: None})))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans({'ab': 1}))
show(lambda: "a".translate({97: 1.5}))
