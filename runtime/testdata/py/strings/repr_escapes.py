print(repr("a\nb\tc\\d"), repr("\x00\x7f\x80"), repr("\u200b"), repr("é"))
print(repr(b"abc\x00\xff'"), repr(b'"'), repr(b"'\""), repr("'\""))
print(r"raw\n", "\N{BULLET}" if False else "no-N", "\u3042\U0001F600", len("\U0001F600"))
print("tab:\t|", "bell:\a|"[-1], "octal:\101", "hex:\x41")
print(b"bytes" + b"!", b"abc"[0], b"abc"[1:], bytes(3), bytes([65, 66]), bytearray(b"xy"))
print("a" "b" 'c', """triple
quoted""", '''single
triple''')
