import difflib, random
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "apply"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell", "heel"], n=2, cutoff=0.5))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 28, 0, 38), list(s.get_grouped_opcodes(1)))
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eighth\n", "nine\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt", n=1)))
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.ndiff(["    def f(x):\n", "\treturn x+1\n"], ["    def g(x):\n", "\treturn x + 1\n"])))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
print(list(difflib.unified_diff("abc", "abd", lineterm="")))
random.seed(3)
x = [random.choice("abcde") for _ in range(300)]
y = list(x); y[10:20] = ["z"] * 5; del y[150]
s = difflib.SequenceMatcher(None, x, y)
print(round(s.ratio(), 6), len(s.get_matching_blocks()), s.get_opcodes()[:4], sorted(s.bpopular))
print(list(difflib.ndiff(["abcdefghij\n"], ["abcdXfghij\n"])))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_CHARACTER_JUNK("\t"))
