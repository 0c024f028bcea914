# Readers of raw bytes accept an array as they accept bytes: a memoryview of it, an
# in-memory binary file started from it or written with it, a hash of it, and bytes().
import array
import hashlib
import io

samples = array.array('h', [1, -2, 300])
view = memoryview(samples)
print(view.tobytes(), len(view.tobytes()))
stream = io.BytesIO(samples)
print(stream.read())
stream.write(array.array('B', [65, 66]))
stream.writelines([array.array('b', [67]), b"D"])
print(stream.getvalue())
print(hashlib.md5(array.array('B', b"abc")).hexdigest())
print(hashlib.sha256(samples).hexdigest() == hashlib.sha256(bytes(samples)).hexdigest())
digest = hashlib.sha1()
digest.update(array.array('B', [0, 255]))
print(digest.hexdigest())
print(len(io.BytesIO(array.array('u', 'xy')).read()))
