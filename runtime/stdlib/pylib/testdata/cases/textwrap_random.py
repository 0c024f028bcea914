# Checker-only: random texts wrapped with random options, compared with CPython's textwrap.
import textwrap

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


PIECES = ["word", "a", "well-known", "e-mail", "x-ray-vision", "--", "---", "foo--bar", "end.", "why?", "Yes!",
          "3-4", "a-b", "ab-cd-ef", "-lead", "trail-", "don't", "\"quoted\"", "über-cool", "12,000", "Mr.",
          "supercalifragilistic", "a--b", "-", "--x", "x--", "co-op.", "two  spaces", "tab\there", "new\nline",
          "日本-語", "C3-PO", "_under-score", "e.g.", "i.e.,", "(paren)", "semi;colon", "x--y--z"]
for case in range(300):
    words = [PIECES[rand(len(PIECES))] for _ in range(rand(25) + 1)]
    seps = [" ", " ", " ", "  ", "\t", "\n", " -- "]
    text = "".join(w + seps[rand(len(seps))] for w in words)
    width = rand(30) + 1
    opts = {}
    if rand(3) == 0:
        opts["break_on_hyphens"] = False
    if rand(4) == 0:
        opts["break_long_words"] = False
    if rand(4) == 0:
        opts["fix_sentence_endings"] = True
    if rand(5) == 0:
        opts["drop_whitespace"] = False
    if rand(5) == 0:
        opts["replace_whitespace"] = False
    if rand(4) == 0:
        opts["initial_indent"] = "> "
        opts["subsequent_indent"] = ". "
    if rand(4) == 0 and width > 8:
        opts["max_lines"] = rand(3) + 1
    try:
        print(case, textwrap.wrap(text, width, **opts))
    except ValueError as e:
        print(case, "ValueError", e)
    if rand(3) == 0:
        print(textwrap.shorten(text, width + 10))
    lines = text.split("\n")
    indented = "\n".join((" " * rand(4) + "\t" * rand(2)) * rand(2) + line for line in lines)
    print(repr(textwrap.dedent(indented)))
