# str.isidentifier follows XID_Start and XID_Continue: some letters whose NFKC form is not an
# identifier are excluded, and Other_ID_Start characters are included.
for c in ["\u037a", "\u0e33", "\u0eb3", "\u2e2f", "\u309b", "\ufc5e", "\ufdfa", "\ufe70", "\ufe71", "\ufe7e", "\uff9e", "\u2118", "\u212e", "\u00b7", "\u0387", "\u1885", "_", "x", "\u0660", "\u203f"]:
    print(hex(ord(c)), c.isidentifier(), ("a" + c).isidentifier(), (c + "a").isidentifier())
