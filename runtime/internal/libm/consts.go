package libm

// Constants split into double-length parts (hi + mid + lo), computed to 120 digits with
// Python's decimal module and checked against decimal expansions in consts_test.go.
const (
	ln2Hi  = 0x1.62e42fefa39efp-1
	ln2Mid = 0x1.abc9e3b39803fp-56
	ln2Lo  = 0x1.7b57a079a1934p-111

	ln10Hi = 0x1.26bb1bbb55516p+1
	ln10Lo = -0x1.f48ad494ea3e9p-53

	// π/2 in four parts, for the argument reduction of sin, cos and tan.
	pio2A = 0x1.921fb54442d18p+0
	pio2B = 0x1.1a62633145c07p-54
	pio2C = -0x1.f1976b7ed8fbcp-110
	pio2D = 0x1.4cf98e804177dp-164

	twoOverPi = 0x1.45f306dc9c883p-1
	log2eHi   = 0x1.71547652b82fep+0
)

var (
	ddLn2  = dd{ln2Hi, ln2Mid}
	ddLn10 = dd{ln10Hi, ln10Lo}
	ddPio2 = dd{pio2A, pio2B}
	ddPi   = dd{2 * pio2A, 2 * pio2B}
)
