# Every algorithm hashlib offers, on inputs around the block sizes, plus SHAKE, PBKDF2 and a
# str seed for random (which hashes with SHA-512).
import hashlib
import random

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256",
         "sha3_224", "sha3_256", "sha3_384", "sha3_512"]
for name in names:
    for n in (0, 55, 56, 64, 111, 112, 128, 136, 300):
        data = bytes(range(256)) * 2
        h = hashlib.new(name, data[:n])
        print(name, n, h.digest_size, h.block_size, h.hexdigest())
for n in (0, 1, 168, 200):
    print("shake_128", n, hashlib.shake_128(b"abc" * n).hexdigest(40))
    print("shake_256", n, hashlib.shake_256(b"abc" * n).hexdigest(140))
for name in ("sha1", "sha256", "sha512", "md5"):
    print(name, hashlib.pbkdf2_hmac(name, b"pw" * 50, b"salt", 5, 70).hex())
random.seed("Asobiba")
print([random.randrange(1000) for _ in range(5)])
