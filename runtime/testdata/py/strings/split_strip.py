# split, rsplit, splitlines, strip and partition.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "  one two\tthree\n four  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(' '), s.split(' ', 2), s.rsplit(' ', 2))
print("a,b,,c,".split(','), "a,b,,c,".rsplit(',', 1), "".split(), "".split(','), "   ".split(), "x".split('x'))
print("a\u3000b\xa0c\x1cd".split(), "日本 語　テスト".split(), "a--b--c".split('--'), "a--b--c".rsplit('--', 1))
print("l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\u2028l8\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print(repr("  xy  ".strip()), repr("xxhixx".strip('x')), repr("abcba".lstrip('ab')), repr("abcba".rstrip('ab')), repr("\t\n x \r".strip()))
print("key=value=x".partition('='), "key=value=x".rpartition('='), "none".partition('='), "none".rpartition('='))
show(lambda: "a".split(''))
show(lambda: "a".partition(''))
show(lambda: "a".split(1))
show(lambda: "a".strip(1))
show(lambda: "a b c".split(maxsplit=1))
show(lambda: "a b c".split(sep=None, maxsplit=-1))
show(lambda: "a,b".split(sep=','))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
