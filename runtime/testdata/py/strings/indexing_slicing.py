# Indexing and slicing count code points, not bytes.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "こんにちは世界"
print(len(s), s[0], s[-1], s[2:4], s[::-1], s[::2], s[1:-1:2], s[5:], s[:100], s[-100:2], s[3:1], s[::-3])
a = "abcdefg"
print(a[1], a[-2], a[1:5:2], a[::-1], a[5:1:-1], a[-1::-2], a[:], a[10:], a[2:2])
show(lambda: a[7])
show(lambda: a[-8])
show(lambda: a['1'])
show(lambda: a[1.0])
show(lambda: a[::0])
show(lambda: s[len(s)])
print([c for c in "日本a"], list("ab"), "".join(reversed("日本語")), "b" in "abc", "日本" in s, "" in "x")
show(lambda: 1 in "abc")
print("abc" < "abd", "abc" < "ab", "a" < "あ", "Z" < "a", max("hello"), sorted("データ"))
print(ord('あ'), chr(12354), "a" * 0, "ab" * -1, "ab" + "cd", str(), str(b'x'), str(b'x', 'ascii'))
