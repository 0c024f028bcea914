# center, ljust, rjust, zfill and expandtabs count code points.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for w in ["ab", "abc", "日本", ""]:
    for n in [0, 5, 6, 7]:
        print(repr(w.center(n)), repr(w.center(n, '*')), repr(w.ljust(n, '-')), repr(w.rjust(n, '日')))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "--".zfill(4))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tc".expandtabs(2)), repr("\t".expandtabs(0)))
show(lambda: "a".center(5, 'ab'))
show(lambda: "a".center(5, 1))
show(lambda: "a".ljust('5'))
