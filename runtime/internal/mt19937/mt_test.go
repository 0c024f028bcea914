package mt19937

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// seedCase is one seed and the calls recorded after it: [name, argument, CPython's result].
type seedCase struct {
	Kind string               `json:"kind"`
	Seed string               `json:"seed"`
	Ops  [][3]json.RawMessage `json:"ops"`
}

// TestAgainstCPython replays testdata/random_cases.json (written by testdata/gen.py under
// CPython): every result must be CPython's, bit for bit.
func TestAgainstCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/random_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []seedCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Kind+"_"+c.Seed, func(t *testing.T) {
			var g MT
			switch c.Kind {
			case "int":
				x, ok := new(big.Int).SetString(c.Seed, 10)
				if !ok {
					t.Fatalf("bad seed %q", c.Seed)
				}
				g.Seed(x)
			case "str":
				g.SeedBytes([]byte(c.Seed))
			case "bytes":
				b, err := hex.DecodeString(c.Seed)
				if err != nil {
					t.Fatal(err)
				}
				g.SeedBytes(b)
			}
			for i, op := range c.Ops {
				var name, want string
				var arg int
				if json.Unmarshal(op[0], &name) != nil || json.Unmarshal(op[1], &arg) != nil || json.Unmarshal(op[2], &want) != nil {
					t.Fatalf("op %d: bad record %s", i, op)
				}
				var got string
				switch name {
				case "random":
					x := g.Random()
					got = strconv.FormatFloat(x, 'g', -1, 64)
					if w, err := strconv.ParseFloat(want, 64); err == nil && w == x {
						continue
					}
				case "getrandbits":
					got = g.GetRandBits(arg).String()
				case "state":
					for i := 0; i < 700; i++ {
						g.Random()
					}
					s := g.State()
					var parts []string
					for _, w := range append(append([]uint32{}, s[:4]...), s[StateSize-2:]...) {
						parts = append(parts, fmt.Sprint(w))
					}
					got = strings.Join(parts, " ")
				default:
					t.Fatalf("unknown op %q", name)
				}
				if got != want {
					t.Fatalf("op %d %s(%d) = %s, CPython gives %s", i, name, arg, got, want)
				}
			}
		})
	}
}

func TestBits64MatchesGetRandBits(t *testing.T) {
	for k := 0; k <= 64; k++ {
		var a, b MT
		a.Seed(big.NewInt(int64(k)))
		b.Seed(big.NewInt(int64(k)))
		if x, y := a.Bits64(k), b.GetRandBits(k); x != y.Uint64() {
			t.Fatalf("k=%d: Bits64=%d GetRandBits=%s", k, x, y)
		}
	}
}

// TestUnseeded checks that the zero value is CPython's unseeded object: an all-zero state
// that yields zeros.
func TestUnseeded(t *testing.T) {
	var g MT
	for i := 0; i < 1000; i++ {
		if x := g.Uint32(); x != 0 {
			t.Fatalf("draw %d of an unseeded generator is %d", i, x)
		}
	}
}

func TestStateRoundTrip(t *testing.T) {
	var g MT
	g.SeedBytes([]byte("state"))
	g.Random()
	s := g.State()
	want := []float64{g.Random(), g.Random()}
	if !g.SetState(s) {
		t.Fatal("SetState refused its own state")
	}
	if got := []float64{g.Random(), g.Random()}; got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("after SetState: %v, want %v", got, want)
	}
	s[StateSize-1] = StateSize
	if g.SetState(s) {
		t.Fatal("SetState accepted index 625")
	}
}
