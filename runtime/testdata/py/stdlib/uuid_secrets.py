# uuid parsing, formatting, versions, uuid3/uuid5; secrets shapes (values are random).
import secrets
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.node, u.clock_seq, u.time)
print(u.variant, u.version, int(u))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, uuid.UUID("urn:uuid:" + str(u)) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"))
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=1, version=4))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=3) < uuid.UUID(int=4))
print(len({uuid.UUID(int=7), uuid.UUID(int=7)}), uuid.NAMESPACE_X500)
for kwargs in [dict(hex="123"), dict(int=-1), dict(bytes=b"short"), dict(fields=(1, 2, 3)),
               dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(int=0, version=9), dict()]:
    try:
        uuid.UUID(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4())
v1 = uuid.uuid1()
print(v1.version, v1.variant, v1.time >= 0x01b21dd213814000, uuid.uuid1(node=1, clock_seq=2).clock_seq)
print(uuid.SafeUUID.unknown, u.is_safe)

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)),
      len(secrets.token_urlsafe(16)), set(secrets.token_hex(4)) <= set("0123456789abcdef"))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", 0 <= secrets.randbits(4) < 16)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
sr = secrets.SystemRandom()
print(0 <= sr.random() < 1, 1 <= sr.randint(1, 6) <= 6)
