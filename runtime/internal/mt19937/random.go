package mt19937

import (
	"math"
	"math/big"
	"math/bits"
	"sort"

	"github.com/asobiba/asobiba/runtime/internal/digest"
	"github.com/asobiba/asobiba/runtime/internal/libm"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// Error is an error the VM should raise as the Python exception named by Type.
type Error struct {
	// Type is the Python exception class name, for example "ValueError".
	Type string
	// Msg is the exception message, worded as CPython 3.12 words it.
	Msg string
}

// Error returns the message prefixed by the exception type, as a traceback shows it.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func valueError(format string, args ...any) error {
	return &Error{Type: "ValueError", Msg: msgfmt.Sprintf(format, args...)}
}

// Random is the equivalent of an instance of Python's random.Random: the generator plus the
// cached second value of gauss. The zero value is usable; call a Seed method first to get
// CPython's sequences.
type Random struct {
	MT
	gaussNext    float64
	hasGaussNext bool
}

// New returns a Random seeded with the Python int seed, like random.Random(seed).
func New(seed int64) *Random {
	r := new(Random)
	r.SeedInt64(seed)
	return r
}

// Seed is random.seed(x) for a Python int x (and for a float, with x = hash(float)).
func (r *Random) Seed(x *big.Int) {
	r.MT.Seed(x)
	r.hasGaussNext = false
}

// SeedInt64 is Seed for a small int.
func (r *Random) SeedInt64(x int64) {
	r.Seed(big.NewInt(x))
}

// SeedBytes is random.seed(b) for bytes or bytearray b with the default version=2: the seed is
// int.from_bytes(b + sha512(b).digest(), 'big').
func (r *Random) SeedBytes(b []byte) {
	sum := digest.SumSHA512(b)
	all := make([]byte, 0, len(b)+len(sum))
	all = append(append(all, b...), sum...)
	r.Seed(new(big.Int).SetBytes(all))
}

// SeedString is random.seed(s) for a str s with version=2: s is encoded as UTF-8 and seeded
// as bytes. (CPython raises UnicodeEncodeError for lone surrogates; the VM checks that.)
func (r *Random) SeedString(s string) {
	r.SeedBytes([]byte(s))
}

// RandBytes is random.randbytes(n): getrandbits(n*8) as n little-endian bytes.
func (r *Random) RandBytes(n int) []byte {
	out := make([]byte, n)
	x := r.GetRandBits(n * 8).Bytes() // big-endian, without leading zeros
	for i, b := range x {
		out[len(x)-1-i] = b
	}
	return out
}

// RandBelow returns a uniformly random int in [0, n) by getrandbits rejection sampling, as
// Random._randbelow_with_getrandbits does. It returns 0 when n <= 0.
func (r *Random) RandBelow(n uint64) uint64 {
	if n == 0 {
		return 0
	}
	k := bits.Len64(n)
	x := r.Bits64(k)
	for x >= n {
		x = r.Bits64(k)
	}
	return x
}

// RandBelowBig is RandBelow for an arbitrarily large n. It gives the same results as RandBelow
// whenever n fits in a uint64. It returns 0 when n <= 0.
func (r *Random) RandBelowBig(n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		return new(big.Int)
	}
	if n.IsUint64() {
		return new(big.Int).SetUint64(r.RandBelow(n.Uint64()))
	}
	k := n.BitLen()
	x := r.GetRandBits(k)
	for x.Cmp(n) >= 0 {
		x = r.GetRandBits(k)
	}
	return x
}

// RandRangeBig is random.randrange(start, stop, step) for Python ints. A nil stop means the
// one-argument form randrange(start); step must then be 1 (the VM reports a non-default step
// with a missing stop as TypeError "Missing a non-None stop argument").
func (r *Random) RandRangeBig(start, stop, step *big.Int) (*big.Int, error) {
	if stop == nil {
		if start.Sign() > 0 {
			return r.RandBelowBig(start), nil
		}
		return nil, valueError("empty range for randrange()")
	}
	width := new(big.Int).Sub(stop, start)
	if step == nil || (step.IsInt64() && step.Int64() == 1) {
		if width.Sign() > 0 {
			return width.Add(start, r.RandBelowBig(width)), nil
		}
		return nil, valueError("empty range in randrange(%s, %s)", start, stop)
	}
	var count *big.Int
	switch step.Sign() {
	case 1:
		count = width.Add(width, step)
		count.Sub(count, big.NewInt(1))
	case -1:
		count = width.Add(width, step)
		count.Add(count, big.NewInt(1))
	default:
		return nil, valueError("zero step for randrange()")
	}
	floorDiv(count, step)
	if count.Sign() <= 0 {
		return nil, valueError("empty range in randrange(%s, %s, %s)", start, stop, step)
	}
	x := r.RandBelowBig(count)
	x.Mul(x, step)
	return x.Add(x, start), nil
}

// floorDiv sets a to floor(a / b), Python's a // b.
func floorDiv(a, b *big.Int) {
	var mod big.Int
	a.DivMod(a, b, &mod) // Euclidean: mod >= 0, so the quotient is a ceiling when b < 0.
	if mod.Sign() != 0 && b.Sign() < 0 {
		a.Sub(a, big.NewInt(1))
	}
}

// RandRange is randrange(start, stop, step) for small ints; use RandRangeBig with a nil stop
// for the one-argument form. Results equal those of RandRangeBig.
func (r *Random) RandRange(start, stop, step int64) (int64, error) {
	if step == 1 && stop > start && uint64(stop-start) <= math.MaxInt64 && stop-start > 0 {
		return start + int64(r.RandBelow(uint64(stop-start))), nil
	}
	x, err := r.RandRangeBig(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
	if err != nil {
		return 0, err
	}
	return x.Int64(), nil
}

// RandInt is random.randint(a, b): randrange(a, b+1).
func (r *Random) RandInt(a, b int64) (int64, error) {
	if b < math.MaxInt64 {
		return r.RandRange(a, b+1, 1)
	}
	x, err := r.RandIntBig(big.NewInt(a), big.NewInt(b))
	if err != nil {
		return 0, err
	}
	return x.Int64(), nil
}

// RandIntBig is random.randint(a, b) for Python ints.
func (r *Random) RandIntBig(a, b *big.Int) (*big.Int, error) {
	stop := new(big.Int).Add(b, big.NewInt(1))
	return r.RandRangeBig(a, stop, big.NewInt(1))
}

// Choice is random.choice on a sequence of length n: it returns the index to pick.
func (r *Random) Choice(n int) (int, error) {
	if n <= 0 {
		return 0, &Error{Type: "IndexError", Msg: "Cannot choose from an empty sequence"}
	}
	return int(r.RandBelow(uint64(n))), nil
}

// Shuffle is random.shuffle on a sequence of length n; swap exchanges two elements.
func (r *Random) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i >= 1; i-- {
		j := int(r.RandBelow(uint64(i + 1)))
		swap(i, j)
	}
}

// Sample is random.sample(population, k) for a population of length n: it returns the k
// chosen indices in selection order.
func (r *Random) Sample(n, k int) ([]int, error) {
	if k < 0 || k > n {
		return nil, valueError("Sample larger than population or is negative")
	}
	result := make([]int, k)
	setsize := 21
	if k > 5 {
		// 4 ** ceil(log(k*3, 4)), computed with float log as CPython does.
		setsize += int(libm.Pow(4, math.Ceil(libm.Log(float64(k*3))/libm.Log(4))))
	}
	if n <= setsize {
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := 0; i < k; i++ {
			j := int(r.RandBelow(uint64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	selected := make(map[int]bool, k)
	for i := 0; i < k; i++ {
		j := int(r.RandBelow(uint64(n)))
		for selected[j] {
			j = int(r.RandBelow(uint64(n)))
		}
		selected[j] = true
		result[i] = j
	}
	return result, nil
}

// SampleCounts is random.sample(population, k, counts=counts): counts[i] is the number of
// copies of population[i]. It returns indices into population, in selection order.
func (r *Random) SampleCounts(counts []int, k int) ([]int, error) {
	cum := make([]int, len(counts))
	total := 0
	for i, c := range counts {
		total += c
		cum[i] = total
	}
	if len(counts) == 0 || total <= 0 {
		return nil, valueError("Total of counts must be greater than zero")
	}
	cum = cum[:len(cum)-1]
	picks, err := r.Sample(total, k)
	if err != nil {
		return nil, err
	}
	for i, s := range picks {
		picks[i] = sort.Search(len(cum), func(j int) bool { return cum[j] > s }) // bisect_right
	}
	return picks, nil
}

// Choices is random.choices(population, k=k) without weights for a population of length n:
// it returns k indices, each floor(random() * n).
func (r *Random) Choices(n, k int) []int {
	out := make([]int, 0, max(k, 0))
	fn := float64(n)
	for i := 0; i < k; i++ {
		out = append(out, int(math.Floor(r.Random()*fn)))
	}
	return out
}

// ChoicesCum is random.choices with cumulative weights (the VM accumulates plain weights with
// Python addition first, as itertools.accumulate does, and converts to float). It returns k
// indices chosen by bisect_right(cum, random()*total, 0, n-1).
func (r *Random) ChoicesCum(cum []float64, k int) ([]int, error) {
	n := len(cum)
	if n == 0 {
		return nil, &Error{Type: "IndexError", Msg: "list index out of range"}
	}
	total := cum[n-1]
	if !(total > 0) {
		if math.IsNaN(total) {
			return nil, valueError("Total of weights must be finite")
		}
		return nil, valueError("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) {
		return nil, valueError("Total of weights must be finite")
	}
	hi := n - 1
	out := make([]int, 0, max(k, 0))
	for i := 0; i < k; i++ {
		x := r.Random() * total
		out = append(out, sort.Search(hi, func(j int) bool { return cum[j] > x }))
	}
	return out, nil
}

// Uniform is random.uniform(a, b).
func (r *Random) Uniform(a, b float64) float64 {
	return a + (b-a)*r.Random()
}

// Triangular is random.triangular(low, high, mode); pass hasMode=false for mode=None.
func (r *Random) Triangular(low, high, mode float64, hasMode bool) float64 {
	u := r.Random()
	c := 0.5
	if hasMode {
		if high-low == 0 {
			return low // CPython catches the ZeroDivisionError and returns low.
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return low + (high-low)*math.Sqrt(u*c)
}

// Constants from Lib/random.py, written as the exact doubles CPython computes.
const (
	nvMagicConst = 0x1.b72cd3f331398p+0 // 4 * exp(-0.5) / sqrt(2.0)
	log4         = 0x1.62e42fefa39efp+0 // log(4.0)
	sgMagicConst = 0x1.40859baee748fp+1 // 1.0 + log(4.5)
	twoPi        = 0x1.921fb54442d18p+2 // 2.0 * pi
	eulerE       = 0x1.5bf0a8b145769p+1 // math.e
)

// NormalVariate is random.normalvariate(mu, sigma) (Kinderman and Monahan).
func (r *Random) NormalVariate(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -libm.Log(u2) {
			break
		}
	}
	return mu + z*sigma
}

// Gauss is random.gauss(mu, sigma): Box-Muller, caching the second value until the next call
// or the next seeding.
func (r *Random) Gauss(mu, sigma float64) float64 {
	z, ok := r.gaussNext, r.hasGaussNext
	r.hasGaussNext = false
	if !ok {
		x2pi := r.Random() * twoPi
		g2rad := math.Sqrt(-2.0 * libm.Log(1.0-r.Random()))
		z = libm.Cos(x2pi) * g2rad
		r.gaussNext = libm.Sin(x2pi) * g2rad
		r.hasGaussNext = true
	}
	return mu + z*sigma
}

// LogNormVariate is random.lognormvariate(mu, sigma).
func (r *Random) LogNormVariate(mu, sigma float64) float64 {
	return libm.Exp(r.NormalVariate(mu, sigma))
}

// ExpoVariate is random.expovariate(lambd). lambd == 0 is a ZeroDivisionError in CPython;
// the VM checks for it (it still consumes one draw first in CPython: call Random to match).
func (r *Random) ExpoVariate(lambd float64) float64 {
	return -libm.Log(1.0-r.Random()) / lambd
}

// VonMisesVariate is random.vonmisesvariate(mu, kappa).
func (r *Random) VonMisesVariate(mu, kappa float64) float64 {
	if kappa <= 1e-6 {
		return twoPi * r.Random()
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.Random()
		z = libm.Cos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.Random()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*libm.Exp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	u3 := r.Random()
	if u3 > 0.5 {
		return pyFmod(mu+libm.Acos(f), twoPi)
	}
	return pyFmod(mu-libm.Acos(f), twoPi)
}

// pyFmod is Python's float %, whose result takes the sign of the divisor.
func pyFmod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	} else if m == 0 {
		m = math.Copysign(0, b)
	}
	return m
}

// GammaVariate is random.gammavariate(alpha, beta).
func (r *Random) GammaVariate(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, valueError("gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.Random()
			v := libm.Log(u1/(1.0-u1)) / ainv
			x := alpha * libm.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagicConst-4.5*z >= 0.0 || rr >= libm.Log(z) {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		return -libm.Log(1.0-r.Random()) * beta, nil
	default:
		var x float64
		for {
			u := r.Random()
			b := (eulerE + alpha) / eulerE
			p := b * u
			if p <= 1.0 {
				x = libm.Pow(p, 1.0/alpha)
			} else {
				x = -libm.Log((b - p) / alpha)
			}
			u1 := r.Random()
			if p > 1.0 {
				if u1 <= libm.Pow(x, alpha-1.0) {
					break
				}
			} else if u1 <= libm.Exp(-x) {
				break
			}
		}
		return x * beta, nil
	}
}

// BetaVariate is random.betavariate(alpha, beta).
func (r *Random) BetaVariate(alpha, beta float64) (float64, error) {
	y, err := r.GammaVariate(alpha, 1.0)
	if err != nil {
		return 0, err
	}
	if y == 0 {
		return 0.0, nil
	}
	y2, err := r.GammaVariate(beta, 1.0)
	if err != nil {
		return 0, err
	}
	return y / (y + y2), nil
}

// ParetoVariate is random.paretovariate(alpha).
func (r *Random) ParetoVariate(alpha float64) float64 {
	u := 1.0 - r.Random()
	return libm.Pow(u, -1.0/alpha)
}

// WeibullVariate is random.weibullvariate(alpha, beta).
func (r *Random) WeibullVariate(alpha, beta float64) float64 {
	u := 1.0 - r.Random()
	return alpha * libm.Pow(-libm.Log(u), 1.0/beta)
}
