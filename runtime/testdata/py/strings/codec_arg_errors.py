for f in [lambda: "a".encode(1), lambda: "a".encode("utf-8", 2), lambda: b"a".decode(1), lambda: b"a".decode(errors=3), lambda: "a".encode(encoding=1), lambda: str(b"a", 1), lambda: str(b"a", "utf-8", 1), lambda: bytes("a", 1), lambda: bytearray("a", "utf-8", 5)]:
    try: f()
    except TypeError as e: print(e)
