# Full case mappings, case folding and the Unicode properties behind the str predicates.
words = ["ß", "ﬁ", "İ", "ΐ", "ǰ", "ŉ", "µ", "ſ", "ϐ", "ͅ", "ẞ", "Straße", "ﬃx", "ǅ", "ª", "º", "Ⅰ", "ⅰ", "ʰ", "ΣΑΣ ΣΑΣ", "ᾳ", "ᾼ"]
for w in words:
    print(repr(w), [w.upper(), w.lower(), w.title(), w.casefold(), w.swapcase(), w.capitalize()],
          w.isupper(), w.islower(), w.istitle(), len(w.upper()))
for c in ["²", "①", "𐩀", "½", "Ⅻ", "㐅", "一", "兆", "٣", "൱", "፩"]:
    print(hex(ord(c)), c.isdigit(), c.isnumeric(), c.isdecimal(), c.isalnum())
print("ﬀ".upper() == "FF", "ǰ".title(), "σς".upper(), "ΑΣ.".lower(), "ΑΣa".lower())
