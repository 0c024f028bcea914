# Case conversion and the is* predicates, including non-ASCII text.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "they're bill's", "ß", "straße",
         "ǅungla", "ΣΊΣΥΦΟΣ", "İstanbul", "ﬁne", "日本語", "ａｂｃ", "123abc", "", "a1b2", "ŉ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isascii(), w.isspace(), w.isidentifier())
for d in ["123", "１２３", "½", "²", "①", "٣", "一二三", "十", "3.14", "", "Ⅷ", "\u00b3"]:
    print(repr(d), d.isdigit(), d.isdecimal(), d.isnumeric(), d.isalnum())
for p in ["abc", "a\tb", "\x00", "日本", "\u3000", " ", "\u200b", "\n", "é", "\U0001F600"]:
    print(repr(p), p.isprintable(), p.isspace())
for ident in ["abc", "_x1", "1abc", "名前", "a-b", "", "__init__", "ｘ"]:
    print(repr(ident), ident.isidentifier())
