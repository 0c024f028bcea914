package vm

// Hashing follows CPython 3.12 bit for bit, because the order in which a set prints its
// elements depends on the hashes: a learner who sees {'b', 'a'} in CPython must see the same
// here.
//
//   - int: the value modulo the Mersenne prime 2**61-1, keeping the sign; -1 becomes -2
//     (CPython reserves -1 for errors).
//   - float: CPython's _Py_HashDouble, which agrees with int for integral floats, so that
//     hash(1.0) == hash(1) and 1.0 and 1 are the same set element.
//   - str and bytes: SipHash-1-3 with an all-zero key, as CPython computes it under
//     PYTHONHASHSEED=0. CPython hashes a str's internal representation: one byte per code
//     point when they are all below 256, two bytes (little-endian) when all are below 65536,
//     four otherwise.
//   - tuple: the xxHash-based combination of CPython 3.8+.
//   - None: the constant of CPython 3.12; other objects without __hash__ of their own: the
//     object's fake address (see ObjectID) rotated right by 4 bits, as CPython does with real
//     addresses.

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"unicode/utf8"
)

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
	hashImag    = 1000003
	hashNone    = 0xFCA86420
)

// fastHash computes hashes that run no Python code.
func fastHash(v Value) (int64, bool) {
	switch x := v.(type) {
	case Str:
		return hashStr(string(x)), true
	case Int:
		return hashInt64(int64(x)), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case Float:
		return hashFloat(float64(x)), true
	case *BigInt:
		return hashBig(x.v), true
	case *NoneType:
		return hashNone, true
	case Bytes:
		return hashBytes([]byte(x)), true
	case Complex:
		return hashComplex(complex128(x)), true
	case Tuple:
		return hashTupleFast(x)
	case *Type:
		return hashPointer(ObjectID(x)), true
	case *Set:
		if x.Frozen {
			return x.frozenHash(), true
		}
	}
	return 0, false
}

// hashResult converts what a __hash__ method returned to a hash, as CPython does: ints
// larger than a machine word are hashed again, and anything else is a TypeError.
func hashResult(r Value) (int64, error) {
	switch x := r.(type) {
	case Int:
		if x == -1 {
			return -2, nil
		}
		return int64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return hashBig(x.v), nil
	case *Instance:
		if x.Class.IsSubtype(IntType) {
			return hashResult(x.Base)
		}
	}
	return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
}

// hashInt64 is hash(n) for an int that fits in 64 bits.
func hashInt64(n int64) int64 {
	var h int64
	if n >= 0 {
		h = int64(uint64(n) % hashModulus)
	} else {
		h = -int64(uint64(-n) % hashModulus) // -n wraps for MinInt64, and still is |n| as uint64
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

// hashBig is hash(n) for a big int.
func hashBig(n *big.Int) int64 {
	if n.IsInt64() {
		return hashInt64(n.Int64())
	}
	m := new(big.Int).Abs(n)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if n.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble. NaNs hash by identity in CPython; a float has no
// identity here, so every NaN hashes to 0.
func hashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// hashComplex combines the hashes of the parts as CPython does.
func hashComplex(c complex128) int64 {
	hr := uint64(hashFloat(real(c)))
	hi := uint64(hashFloat(imag(c)))
	h := int64(hr + hashImag*hi)
	if h == -1 {
		h = -2
	}
	return h
}

// The xxHash constants of CPython's tuple hash.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// tupleHasher accumulates a tuple hash item by item.
type tupleHasher uint64

func newTupleHasher() tupleHasher { return tupleHasher(xxPrime5) }

func (acc *tupleHasher) add(lane int64) {
	a := uint64(*acc) + uint64(lane)*xxPrime2
	a = bits.RotateLeft64(a, 31)
	*acc = tupleHasher(a * xxPrime1)
}

func (acc tupleHasher) sum(n int) int64 {
	a := uint64(acc) + (uint64(n) ^ (xxPrime5 ^ 3527539))
	if a == math.MaxUint64 {
		return 1546275796
	}
	return int64(a)
}

func hashTupleFast(t Tuple) (int64, bool) {
	acc := newTupleHasher()
	for _, it := range t {
		h, ok := fastHash(it)
		if !ok {
			return 0, false
		}
		acc.add(h)
	}
	return acc.sum(len(t)), true
}

// hashTuple hashes a tuple whose items may run Python code.
func hashTuple(th *Thread, t Tuple) (int64, error) {
	acc := newTupleHasher()
	for _, it := range t {
		h, err := Hash(th, it)
		if err != nil {
			return 0, err
		}
		acc.add(h)
	}
	return acc.sum(len(t)), nil
}

// hashPointer is CPython's _Py_HashPointer applied to a (fake) address.
func hashPointer(addr int64) int64 {
	h := int64(bits.RotateLeft64(uint64(addr), -4))
	if h == -1 {
		h = -2
	}
	return h
}

// hashStr hashes a str as CPython does: SipHash-1-3 over the string's canonical
// representation (latin-1, UCS-2 or UCS-4).
func hashStr(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	maxRune := rune(0)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return hashBytesString(s)
	}
	n := 0
	for _, r := range s {
		if r > maxRune {
			maxRune = r
		}
		n++
	}
	var buf []byte
	switch {
	case maxRune < 256:
		buf = make([]byte, 0, n)
		for _, r := range s {
			buf = append(buf, byte(r))
		}
	case maxRune < 65536:
		buf = make([]byte, 0, 2*n)
		for _, r := range s {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		}
	default:
		buf = make([]byte, 0, 4*n)
		for _, r := range s {
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return hashBytes(buf)
}

// hashBytes is hash(bytes).
func hashBytes(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	h := int64(siphash13(b))
	if h == -1 {
		h = -2
	}
	return h
}

func hashBytesString(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	h := int64(siphash13String(s))
	if h == -1 {
		h = -2
	}
	return h
}

// siphash13 is SipHash-1-3 with a zero key, as CPython's pyhash.c computes it.
func siphash13(src []byte) uint64 {
	return siphash13String(string(src))
}

func siphash13String(src string) uint64 {
	const k0, k1 = 0, 0
	b := uint64(len(src)) << 56
	v0 := k0 ^ uint64(0x736f6d6570736575)
	v1 := k1 ^ uint64(0x646f72616e646f6d)
	v2 := k0 ^ uint64(0x6c7967656e657261)
	v3 := k1 ^ uint64(0x7465646279746573)
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	for len(src) >= 8 {
		mi := uint64(src[0]) | uint64(src[1])<<8 | uint64(src[2])<<16 | uint64(src[3])<<24 |
			uint64(src[4])<<32 | uint64(src[5])<<40 | uint64(src[6])<<48 | uint64(src[7])<<56
		src = src[8:]
		v3 ^= mi
		round()
		v0 ^= mi
	}
	t := uint64(0)
	for i := len(src) - 1; i >= 0; i-- {
		t = t<<8 | uint64(src[i])
	}
	b |= t
	v3 ^= b
	round()
	v0 ^= b
	v2 ^= 0xff
	round()
	round()
	round()
	return (v0 ^ v1) ^ (v2 ^ v3)
}
