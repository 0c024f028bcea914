# base64 and binascii: encodings, URL-safe alphabet, padding errors, base32, base16, crc32.
import base64
import binascii
import io

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)) + b"\xfb\xff"]
for s in samples:
    e = base64.b64encode(s)
    print(s, e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s),
          base64.b32hexencode(s), base64.b16encode(s))
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"*!"), base64.b64decode("+/+/", altchars="-_"))
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9vYg=="), base64.b64decode(b"Zm9vYg==trailing"))
print(base64.standard_b64encode(bytearray(b"xyz")), base64.b64decode(memoryview(b"eHl6")))
for bad in [b"Zm9vY", b"Zm9vYg", b"Zm9vYg=", "Zm9v\u00e9"]:
    try:
        print(base64.b64decode(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in [b"Zm9v!", b"Zm9v===="]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("strict:", type(e).__name__)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(binascii.Error, ValueError))
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6YQ=", map01=b"L"))
for bad in [b"MZXW6", b"MZXW6!!!"]:
    try:
        base64.b32decode(bad)
    except binascii.Error as e:
        print("Error:", e)
print(base64.b16decode(b"666f6f", casefold=True))
try:
    base64.b16decode(b"666f6f")
except binascii.Error as e:
    print("Error:", e)
long = bytes(range(100))
print(base64.encodebytes(long))
print(base64.decodebytes(base64.encodebytes(long)) == long)
out = io.BytesIO()
base64.encode(io.BytesIO(long), out)
print(out.getvalue() == base64.encodebytes(long))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"abc", "-"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.b2a_base64(b"hi"), binascii.a2b_base64("aGk="), binascii.crc_hqx(b"123456789", 0))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error:", e)
