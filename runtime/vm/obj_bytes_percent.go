package vm

// printf-style bytes formatting (bytes % args, PEP 461). The format and the result travel
// through pyfmt as latin-1 text: one rune per byte.

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// latin1 maps each byte of b to the rune of the same value.
func latin1(b string) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); i++ {
		sb.WriteRune(rune(b[i]))
	}
	return sb.String()
}

// unlatin1 maps each rune (all below 256) of s back to one byte.
func unlatin1(s string) string {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return string(out)
}

// bytesPctValue adapts an operand of bytes % args: its Text is the operand's bytes.
type bytesPctValue struct{ pctValue }

func (p bytesPctValue) Text() (string, bool) {
	if b, ok := bytesLike(p.v); ok {
		return latin1(b), true
	}
	if mv, ok := p.v.(*MemoryView); ok {
		if b, err := bytesFromValue(p.th, mv, "bytes"); err == nil {
			return latin1(string(b)), true
		}
	}
	if _, isStr := strSelf(p.v); !isStr && LookupSpecial(p.v, "__bytes__") != nil {
		if b, err := bytesFromValue(p.th, p.v, "bytes"); err == nil {
			return latin1(string(b)), true
		}
	}
	return "", false
}

// bytesPercent is format % operand for bytes and bytearray formats.
func bytesPercent(th *Thread, format string, operand Value) (string, error) {
	op := pyfmt.Operand{Bytes: true}
	op.MaxStrDigits = maxStrDigits(th)
	if t, ok := tupleSelf(operand); ok {
		op.IsTuple = true
		op.Items = make([]pyfmt.Value, len(t))
		for i, v := range t {
			op.Items[i] = bytesPctValue{pctValue{th, v}}
		}
	} else {
		op.Value = bytesPctValue{pctValue{th, operand}}
		_, isBytes := bytesLike(operand)
		if _, isStr := strSelf(operand); !isStr && !isBytes && LookupSpecial(operand, "__getitem__") != nil {
			op.Lookup = func(key string) (pyfmt.Value, error) {
				v, err := GetItem(th, operand, Bytes(unlatin1(key)))
				if err != nil {
					return nil, err
				}
				return bytesPctValue{pctValue{th, v}}, nil
			}
		}
	}
	s, err := pyfmt.PercentFormat(latin1(format), op)
	if err != nil {
		return "", fmtError(err)
	}
	return unlatin1(s), nil
}
