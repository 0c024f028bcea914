import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known, often-quoted pangram -- "
        "used by typists--and by programmers who test fonts and line-breaking algorithms everywhere.")
for width in (10, 20, 35, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word-here", 12))
print(textwrap.wrap("a-very-long-hyphenated-compound-word-here", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\tand\nnewlines\there", 12), textwrap.wrap("tabs\there", 20, expand_tabs=False))
print(textwrap.wrap("  leading and trailing   ", 10), textwrap.wrap("  keep  ", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine.", 60, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=1, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten(text, 50), textwrap.shorten(text, 40, placeholder=" (more)"))
print(textwrap.wrap("", 10), textwrap.wrap("x", 1), textwrap.wrap("1-2-3 ab-cd e--f g-- h--i", 4))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
src = """
    def f():
        return 1
      
    # comment
"""
print(repr(textwrap.dedent(src)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n  y\n    z")), repr(textwrap.dedent("\t\ta\n\t  b")))
print(textwrap.indent("one\n\ntwo\n", "> "), end="")
print(textwrap.indent("one\n  \ntwo", "+", lambda line: True))
w = textwrap.TextWrapper(width=15, subsequent_indent="..")
print(w.wrap("the rain in spain falls mainly on the plain"), w.fill("short"))
