import uuid, secrets, shlex
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.bytes, u.bytes_le, u.time, u.node)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com"), uuid.uuid5(uuid.NAMESPACE_DNS, "x").version)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(int=1), uuid.UUID(bytes=b"\x00" * 16), sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), isinstance(uuid.uuid1(), uuid.UUID), uuid.uuid1().version)
for bad in ["xyz", "1234"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
try:
    u.x = 1
except TypeError as e:
    print(e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)), secrets.randbelow(10) < 10, secrets.choice("abc") in "abc")
print(shlex.split('ls -l "my file.txt" \'single quoted\' back\\ slash'), shlex.quote("it's a file"), shlex.quote("safe-name.txt"), shlex.join(["echo", "a b", "c"]))
print(shlex.split("a # comment", comments=True), shlex.split('x="1 2" y'), list(shlex.shlex("a, b;c")))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print(e)
