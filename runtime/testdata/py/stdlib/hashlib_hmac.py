# hashlib digests and hash objects; hmac.
import hashlib
import hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512"]:
    h = hashlib.new(name, b"hello ")
    h2 = h.copy()
    h.update(b"world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print("  copy:", h2.hexdigest()[:16], h2.digest()[:4])
print(hashlib.sha256(b"abc").hexdigest() == hashlib.new("SHA256", b"abc").hexdigest())
print(hashlib.md5().hexdigest(), hashlib.sha1(b"").digest_size)
print(hashlib.shake_128(b"data").hexdigest(10), hashlib.shake_256(b"data").hexdigest(5))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=8).hex())
print(sorted(hashlib.algorithms_guaranteed))
h = hashlib.sha256()
h.update(bytearray(b"ab"))
h.update(memoryview(b"c"))
print(h.hexdigest())
for bad in ["text", 5]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)

mac = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest())
mac2 = mac.copy()
mac2.update(b" jumps")
print(mac2.hexdigest(), mac.hexdigest()[:8])
print(hmac.new(b"k" * 100, b"msg", "md5").hexdigest())
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print("TypeError:", e)
