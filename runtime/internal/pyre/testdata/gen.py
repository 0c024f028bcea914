"""Generate the pyre test tables from CPython's re module.

Run with `go generate ./runtime/internal/pyre` (or `python3 testdata/gen.py` from the package
directory); never edit the outputs by hand. compile.json records what re.compile says about
each pattern; match.json records the results of search, match, fullmatch, findall, finditer,
split and sub on several subjects; fold.json what case-insensitive patterns match.
"""
import json
import re
import warnings

warnings.simplefilter("ignore")

# Patterns Asobiba reports as NotImplementedError although CPython accepts them. The Go test
# checks that each of these, and only these, is rejected that way.
UNSUPPORTED = []

ERRORS = [
    "(", ")", "*a", "a**", "a{2,1}", "[a", "\\q", "[z-a]", "(?<x)", "(?P<1a>x)",
    "(?P<a>x)(?P<a>y)", "a(?i)b", "(?z)", "\\", "(?P=a)", "(?#abc", "[\\d-z]", "(?P<a", "x\n(",
    "(?", "a|*", "^*", "\\x4", "(?L)a", "a)b", "((a)", "[]", "[^]", "(?i", "(?P", "(?P<>a)",
    "\\b*", "a{99999999999}", "\\1", "(a)\\2", "(a\\1)", "[a-\\d]", "[\\w-a]", "\\u12", "\\U0011ffff",
    "(?i-i:a)", "(?-x)", "(?a-u:x)", "(?au)", "(?x", "(?-", "(?i-", "(?i:", "abc\n  (?i)\nx",
    "[\\8]", "\\08", "\\400", "[\\400]", "(?P<a-b>x)", "(?P<名前>x)", "(?P>x)", "(?<", "(?(", "(?(a)b)",
    "(?(0)b)", "(?(1)a|b|c)", "$*", "\\A*", "(?i)*", "a{,3}", "a{3,}", "a{}", "a{x}", "{", "}",
    "a{1,2", "(?#a)*", "x{2}{3}", "x*?+", "x??", "(?P=)", "\\g<1>", "[a-]", "[-a]", "[\\]]", "[]a]",
    "(?u)\\w", "(?a)\\w", "(?m)^a$", "(?s).", "(?x) a b # c", "(?x)[ ]", "(?x)\\ ",
    # Lookaround, backreferences, conditionals, atomic groups and possessive quantifiers.
    r"(?=a)", r"a(?!b)", r"(?<=a)b", r"(?<!a)b", r"(a)\1", r"(?P<x>a)(?P=x)", r"(?(1)a|b)",
    r"(a)(?(1)b|c)", r"(?>ab)", r"a*+", r"a++", r"a?+", r"a{2,3}+", r"a{1001}", r"a{2,5000}",
    r"(?<=\d{3})x", r"(?<=a+)b", r"(?<=a|bc)d", r"(?<=a|b)c", r"(?<=(a)\1)b", r"(a)(?<=\1)b",
    r"(?<=\1)(a)", r"(?(2)a)(b)", r"(?(2)a)", r"(?(x)a)", r"(?(1a)b)", r"(?(-1)b)", r"(?<=a(?=b))",
    r"(?<=(?(1)a|b))(c)", r"(a)(?<=(?(1)a|b))", r"(?<=a*?)", r"(?<=x{3})", r"(?>", r"(?=a", r"a**+",
    r"a++?", r"(?<=\b)a", r"(a)|\2", r"\N{BULLET}", r"[\N{BULLET}x]", r"\N{bullet}", r"\N{NOPE}",
    r"\N{", r"\N{}", r"\N", r"[\N{NOPE}]", r"\N{LATIN SMALL LETTER A}+", r"x\N{EM DASH",
]


def err(e):
    return "%s: %s" % ("error" if isinstance(e, re.error) else type(e).__name__, e)


def compile_cases():
    rows = []
    for p in ERRORS + UNSUPPORTED:
        for flags in (0, re.ASCII, re.LOCALE, re.ASCII | re.UNICODE):
            if flags and p not in ERRORS[:3]:
                continue
            try:
                re.compile(p, flags)
                res = "OK"
            except Exception as e:
                res = err(e)
            rows.append([p, int(flags), res, p in UNSUPPORTED])
    return rows


PATTERNS = [
    (r"a", 0), (r"a+", 0), (r"a*", 0), (r"x*", 0), (r"a|ab", 0), (r"ab|a", 0), (r"(a|ab)(c|bcd)(d*)", 0),
    (r"(a)(b)?", 0), (r"(?P<first>\w+) (?P<last>\w+)", 0), (r"(\d+)-(\d+)", 0), (r"\d+", 0),
    (r"\d+", re.ASCII), (r"\w+", 0), (r"\w+", re.ASCII), (r"\s+", 0), (r"\s+", re.ASCII), (r"\S+", 0),
    (r"\W+", 0), (r"\D+", 0), (r"[^\W\d]+", 0), (r"[\w-]+", 0), (r"[^\s]+", 0), (r"[\S]+", 0),
    (r"[a-z]+", re.IGNORECASE), (r"K", re.IGNORECASE), (r"k", re.IGNORECASE | re.ASCII),
    (r"[k]", re.IGNORECASE | re.ASCII), (r"é", re.IGNORECASE), (r"é", re.IGNORECASE | re.ASCII),
    (r"^a", 0), (r"^a", re.MULTILINE), (r"a$", 0), (r"a$", re.MULTILINE), (r"$", 0), (r"^", 0),
    (r"^$", re.MULTILINE), (r"(?m)^\w+$", 0), (r"a\Z", 0), (r"\Aa", 0), (r".", 0), (r".", re.DOTALL),
    (r"a.c", 0), (r"(?s)a.c", 0), (r"a{2}", 0), (r"a{2,}", 0), (r"a{,2}", 0), (r"a{1,2}?", 0),
    (r"a*?", 0), (r"a+?b", 0), (r"<.*>", 0), (r"<.*?>", 0), (r"(a)|b", 0), (r"(a)|(b)", 0),
    (r"((a)b)", 0), (r"(a)()", 0), (r"(?:a|(b))+", 0), (r"(a*)*", 0), (r"(a|b)*c", 0),
    (r"[]a]+", 0), (r"[^]a]+", 0), (r"[a-]+", 0), (r"\.", 0), (r"a{", 0), (r"a{x}", 0), (r"\x41", 0),
    (r"\u3042+", 0), (r"[\u3040-\u309f]+", 0), (r"[\u30a0-\u30ff]+", 0), (r"[一-龯]+", 0),
    (r"(?P<名前>\w+)", 0), (r"(?x) a \  b  # comment", 0), (r"(?x)[ ]a", 0), (r"(?i:a)b", 0),
    (r"a(?i:b)", 0), (r"(?i)a(?-i:b)", 0), (r"(?a:\w+)", 0), (r"\bfoo\b", re.ASCII), (r"\Bo", re.ASCII),
    (r"\bfoo\b", 0), (r"[.]", 0), (r"[\b]", 0), (r"\0", 0), (r"\101", 0), (r"[\101]", 0),
    (r"(\w+)@(\w+)\.com", 0), (r"\$\d+(\.\d\d)?", 0), (r"", 0), (r"(?:)", 0), (r"()", 0),
    (r"[[:alpha:]]", 0), (r"(?#comment)a", 0), (r"a|", 0), (r"\n", 0), (r"a$\n?", 0),
    (r"(a$)", 0), (r"(a)$", 0), (r"b*$", 0), (r"(?m)$", 0), (r"\d+$", 0), (r"[^a]", 0),
    (r"[^\d\s]+", 0), (r"[\d\s]+", 0), (r"[^\w\s]", 0), (r"[\W\d]+", 0), (r"[^\S\n]+", 0),
    (r"(?i)straße", 0), (r"(?i)[α-ω]+", 0), (r"x?", 0),
    # Lookaround, backreferences, conditionals, atomic groups, possessive quantifiers.
    (r"\w+(?=,)", 0), (r"a(?!b)", 0), (r"(?<=a)b", 0), (r"(?<!a)b", 0), (r"(?<=\$)\d+", 0),
    (r"(?<!\d)\d{2}(?!\d)", 0), (r"(?=(\w+))\w", 0), (r"(?!a)\w+", 0), (r"(?<=(a))b", 0),
    (r"(\w)\1", 0), (r"(?P<c>[ab])(?P=c)+", 0), (r"(a)?(?(1)b|c)", 0), (r"(?:(a)|x)(?(1)b)", 0),
    (r"(?>a+)b", 0), (r"(?>a|ab)c", 0), (r"a*+a", 0), (r"a++b", 0), (r"a?+b", 0), (r"[ab]{1,2}+b", 0),
    (r"(\w+)\s+\1", re.IGNORECASE), (r"(A)\1", re.IGNORECASE | re.ASCII), (r"\b\w+\b", 0),
    (r"\B\w", 0), (r"\b", 0), (r"\B", 0), (r"(a|b)*", 0), (r"(a|ab)*c", 0), (r"(?:(a)|b)+", 0),
    (r"(a+|b)*?c", 0), (r"(a*)+", 0), (r"(a*?)*", 0), (r"(?:a|())*", 0), (r"((a)|b)*", 0),
    (r"(a){2,3}", 0), (r"(a){2,}?", 0), (r"(?:ab){1001}", 0), (r"(?=a)*", 0), (r"(?i)k", 0),
    (r"(?i)K", 0), (r"(?i)[k]", 0), (r"(?i)ſ", 0), (r"(?i)s", 0), (r"a$\n", 0), (r"$\n", 0),
    (r"(?m)a$\n^", 0), (r"(?<=^)a", re.MULTILINE), (r"(?=$)", 0), (r"(?<!^)b", 0),
    (r".*?(?=c)", 0), (r"^(?:(?!ab).)*$", 0), (r"(?<=\b)\w", re.ASCII), (r"(\d+)(?:px|em)(?!\w)", 0),
    (r"(a)|(?(1)x|b)", 0), (r"(?<=a|b)c", 0), (r"(?:x|(?<=a)b)+", 0), (r"(.)(?!\1)", 0),
]

# Patterns whose results are known to differ in Asobiba (see the package documentation).
KNOWN_DIFFERENCES = []

SUBJECTS = ["", "a", "aa", "ab", "abc", "abcd", "xaxb", "hello world", "foo bar_baz 42",
            "123-456 7-8", "a\n", "a\nb\nc\n", "\na", "Kelvin K k \u212a", "caf\u00e9 CAF\u00c9",
            "こんにちは 世界！ １２３ abc", "ひらがな カタカナ 漢字", "<a><b>", "\t x \u3000y\u00a0",
            "user@example.com, other@test.com", "$12.50 and $3", "aaa", "b", "ac abc abbc",
            "STRASSE straße", "αβγ ΑΒΓ", "A\x00B", "foo.bar", "[x]", "tab\there", "-a-b_c",
            "aab aabb", "hello hello world", "The the", "ab,cd,ef", "$40 and 12 or 123",
            "abab cdcd", "Ḱ\u0130i\u017fs", "10px 2em 3emx", "日本語 テスト", "a\na\n"]


def spans(m):
    if m is None:
        return None
    return {"spans": [list(m.span(g)) for g in range(m.re.groups + 1)],
            "lastindex": m.lastindex, "lastgroup": m.lastgroup}


def match_cases():
    rows = []
    for pattern, flags in PATTERNS:
        rx = re.compile(pattern, flags)
        for s in SUBJECTS:
            n = len(s)
            res = {
                "search": spans(rx.search(s)),
                "match": spans(rx.match(s)),
                "fullmatch": spans(rx.fullmatch(s)),
                "search1": spans(rx.search(s, 1)),
                "match1": spans(rx.match(s, 1)),
                "search_end": spans(rx.search(s, 0, max(n - 1, 0))),
                "fullmatch_1_end": spans(rx.fullmatch(s, 1, max(n - 1, 1))),
                "findall": [list(x) if isinstance(x, tuple) else [x] for x in rx.findall(s)],
                "finditer": [list(m.span()) for m in rx.finditer(s)],
                "split": rx.split(s),
                "split1": rx.split(s, 1),
                "sub": rx.subn("<\\g<0>>", s),
                "sub2": rx.subn("[\\g<0>]", s, 2),
            }
            if rx.groups:
                res["subg"] = rx.subn("(\\1)", s)
            rows.append([pattern, int(flags & ~re.UNICODE), s, res, pattern in KNOWN_DIFFERENCES])
    return rows


TEMPLATES = ["x", r"\1", r"\g<1>", r"\g<0>", r"\g<name>", r"\g<nope>", r"\2", r"\g<2>", r"\10",
             r"\0", r"\07", r"\101", r"\n\t", r"\-", r"\q", r"\g", r"\g<", r"\g<1", r"\g<a b>",
             r"\g<-1>", "\\", r"\\", r"[\1]", r"\1\1", r"\g<name>\g<1>", r"\400", r"\g<１>"]


def template_cases():
    rows = []
    rx = re.compile(r"(?P<name>a)(b)?")
    for t in TEMPLATES:
        try:
            res = rx.sub(t, "xaby a")
        except Exception as e:
            res = err(e)
        rows.append([t, res])
    return rows


def category_ranges():
    """The code points CPython's \\s, \\d and \\w match, as [lo, hi] ranges; \\d and \\w over the
    BMP only, since CPython 3.11 and Go use different Unicode versions beyond it."""
    out = {}
    for name, limit in (("s", 0x110000), ("d", 0x10000), ("w", 0x10000)):
        rx = re.compile("\\" + name)
        ranges = []
        for c in range(limit):
            if 0xD800 <= c <= 0xDFFF or not rx.match(chr(c)):
                continue
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
        out[name] = [limit, ranges]
    return [out]


FOLD_PATTERNS = ["k", "s", "i", "I", "\u0130", "\u0131", "ß", "σ", "µ", "ǅ", "[a-z]", "[^a-z]", "[σ]",
                 "[\u0130]", "[ſ]", "[α-ω]", "\u1e9e", "[\\w]", "[^\\W]", "θ", "[A-Z0-9]", "[^\\w\\d]",
                 "[ǅ-ǌ]", "[Ａ-Ｚ]", "[\\u0100-\\u017f]", "[^a\\W]", "ᲀ", "ΐ", "Ω", "[^K]"]


def fold_ranges():
    """The BMP code points each pattern matches under IGNORECASE, and IGNORECASE | ASCII,
    as [lo, hi] ranges."""
    out = {}
    for flags in (re.I, re.I | re.A):
        for p in FOLD_PATTERNS:
            rx = re.compile(p, flags)
            ranges = []
            for c in range(0x10000):
                if 0xD800 <= c <= 0xDFFF or not rx.match(chr(c)):
                    continue
                if ranges and ranges[-1][1] == c - 1:
                    ranges[-1][1] = c
                else:
                    ranges.append([c, c])
            out["%d %s" % (flags & ~re.U, p)] = ranges
    return [out]


def escape_cases():
    return [[x, re.escape(x)] for x in ["", "abc", "a.b*c", "1+1=2?", "(x)[y]{z}", "a b\tc\nd",
                                       "$^|\\&~#-", "日本語.テキスト", "_under_score_", "%@!'\"/,;:<>="]]


def write(name, rows):
    with open("testdata/" + name, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows))
        f.write("\n]\n")


def main():
    write("compile.json", compile_cases())
    write("match.json", match_cases())
    write("template.json", template_cases())
    write("categories.json", category_ranges())
    write("escape.json", escape_cases())
    write("fold.json", fold_ranges())


if __name__ == "__main__":
    main()
