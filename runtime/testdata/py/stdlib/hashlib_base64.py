import hashlib, hmac, base64, binascii
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256"]:
    h = hashlib.new(name, b"hello")
    h.update(b" world")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5("päivää".encode()).hexdigest(), hashlib.shake_128(b"x").hexdigest(8))
h = hashlib.sha1(); c = h.copy(); h.update(b"a")
print(c.hexdigest(), h.hexdigest(), "sha256" in hashlib.algorithms_guaranteed)
try:
    hashlib.md5("text")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
print(hmac.new(b"key", b"message", "sha256").hexdigest(), hmac.new(b"k" * 100, b"m", hashlib.sha1).hexdigest())
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"a", b"b"), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10).hex())
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    print(base64.b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.b85encode(data), base64.urlsafe_b64encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data and base64.b32decode(base64.b32encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs\nbG8="), base64.encodebytes(b"x" * 60), base64.urlsafe_b64decode("-_8="))
for bad in ["abc", "a", "ab=c"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error", e)
try:
    base64.b64encode("str")
except TypeError as e:
    print(e)
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.hexlify(b"abc", "-"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(e)
