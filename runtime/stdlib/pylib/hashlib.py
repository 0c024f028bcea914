"""Secure hashes and message digests: md5, sha1, the sha2 and sha3 families and shake.

The digests are computed by Go's crypto packages (module _hashlib). blake2b and blake2s are
not available in Asobiba.
"""

import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available", "pbkdf2_hmac", "file_digest")

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
                                   "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
                                   "shake_256"))
algorithms_available = algorithms_guaranteed


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class HASH:
    """A running digest: update() feeds it, digest() and hexdigest() read it."""

    def __init__(self, name, data=b""):
        self.name = name
        self._data = bytearray()
        if name.startswith("shake_"):
            self.digest_size = 0
            self.block_size = 168 if name == "shake_128" else 136
        else:
            self.digest_size, self.block_size = _hashlib.sizes(name)
        if data:
            self.update(data)

    def update(self, data):
        self._data += _as_bytes(data)

    def copy(self):
        other = type(self).__new__(type(self))
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._data = bytearray(self._data)
        return other

    def digest(self):
        return _hashlib.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self.name, id(self))


class _Shake(HASH):
    def digest(self, length):
        return _hashlib.shake(int(self.name[6:]), bytes(self._data), length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def __repr__(self):
        return "<%s _hashlib.HASHXOF object @ %#x>" % (self.name, id(self))


def new(name, data=b"", *, usedforsecurity=True):
    """A new hash object of the named algorithm."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key in ("shake_128", "shake_256"):
        return _Shake(key, data)
    if key not in algorithms_guaranteed:
        raise ValueError("unsupported hash type " + name)
    return HASH(key, data)


def _constructor(name):
    def make(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return new(name, data)
    make.__name__ = "openssl_" + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC as the pseudo-random function."""
    import hmac
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    prf = hmac.new(password, digestmod=hash_name)
    if dklen is None:
        dklen = prf.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b""
    block = 1
    while len(out) < dklen:
        h = prf.copy()
        h.update(salt + block.to_bytes(4, "big"))
        u = h.digest()
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            h = prf.copy()
            h.update(u)
            u = h.digest()
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(len(u), "big")
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The digest of a binary file object's remaining content."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
