// Package codefile writes the compiler's output (*compile.Code, plain data) as compact bytes
// and reads it back, so that a program can ship modules already compiled instead of parsing
// and compiling their source when it starts. The browser engine uses it for the standard
// library's Python modules (see wasm/playground), whose compilation was most of the time a
// visitor waited for the first output of a program that imports asyncio.
//
// # Format
//
// A file is the magic "ASOC", a format version (one byte), a string table and one code
// object. All integers are unsigned varints (encoding/binary's Uvarint) unless said
// otherwise; signed ones are zig-zag varints (Varint). A string is its index in the table
// (the table itself is a count and then, per string, a length and its bytes), so names that
// recur in a module (self, __init__, the file name) are stored once.
//
// A code object is its fields in the order of compile.Code's declaration. A slice is its
// length plus one, followed by its elements, so that 0 stands for a nil slice and DeepEqual
// holds after a round trip. Instructions are an opcode byte and a varint argument; line
// numbers are zig-zag deltas from the previous instruction's line (starting at FirstLine).
// Positions (the source spans tracebacks underline) follow, each as four zig-zag varints:
// its start line less the instruction's line, start column, end line less start line, end
// column.
// A constant is a tag byte (the const* values below) followed by its payload.
package codefile

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
)

// magic starts every encoded file; version changes whenever the format does.
const (
	magic   = "ASOC"
	version = 2
)

// The tags of constants.
const (
	constNone byte = iota
	constFalse
	constTrue
	constInt   // a signed varint
	constBig   // sign byte (0 or 1), then the magnitude's big-endian bytes with their length
	constFloat // 8 bytes, little-endian IEEE 754 bits
	constComplex
	constStr   // a string-table index
	constBytes // a length and the raw bytes
	constEllipsis
	constTuple     // a count and the elements
	constFrozenSet // a count and the elements
	constCode      // a nested code object
)

// Encode returns the bytes of a code object and everything it contains. It fails only on a
// constant of a type the compiler does not produce.
func Encode(code *compile.Code) ([]byte, error) {
	e := &encoder{index: map[string]uint64{}}
	if err := e.code(code); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(e.body)+len(e.table)*8+16)
	out = append(out, magic...)
	out = append(out, version)
	out = binary.AppendUvarint(out, uint64(len(e.table)))
	for _, s := range e.table {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, e.body...), nil
}

// encoder accumulates the body of a file and its string table.
type encoder struct {
	body  []byte
	table []string
	index map[string]uint64
}

func (e *encoder) uint(v uint64) { e.body = binary.AppendUvarint(e.body, v) }
func (e *encoder) int(v int64)   { e.body = binary.AppendVarint(e.body, v) }

func (e *encoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = uint64(len(e.table))
		e.index[s] = i
		e.table = append(e.table, s)
	}
	e.uint(i)
}

// length writes a slice's length as len+1, or 0 for a nil slice.
func (e *encoder) length(n int, isNil bool) {
	if isNil {
		e.uint(0)
		return
	}
	e.uint(uint64(n) + 1)
}

func (e *encoder) strs(list []string) {
	e.length(len(list), list == nil)
	for _, s := range list {
		e.str(s)
	}
}

func (e *encoder) code(c *compile.Code) error {
	e.str(c.Name)
	e.str(c.QualName)
	e.str(c.Filename)
	e.int(int64(c.FirstLine))
	e.uint(uint64(c.ArgCount))
	e.uint(uint64(c.PosOnlyCount))
	e.uint(uint64(c.KwOnlyCount))
	e.uint(uint64(c.Flags))
	e.length(len(c.Instrs), c.Instrs == nil)
	for _, in := range c.Instrs {
		e.body = append(e.body, byte(in.Op))
		e.uint(uint64(in.Arg))
	}
	e.length(len(c.Lines), c.Lines == nil)
	prev := int64(c.FirstLine)
	for _, l := range c.Lines {
		e.int(int64(l) - prev)
		prev = int64(l)
	}
	e.length(len(c.Positions), c.Positions == nil)
	for i, p := range c.Positions {
		line := int64(0)
		if i < len(c.Lines) {
			line = int64(c.Lines[i])
		}
		e.int(int64(p.StartPos.Line) - line)
		e.int(int64(p.StartPos.Col))
		e.int(int64(p.EndPos.Line) - int64(p.StartPos.Line))
		e.int(int64(p.EndPos.Col))
	}
	e.length(len(c.Consts), c.Consts == nil)
	for _, k := range c.Consts {
		if err := e.constant(k); err != nil {
			return fmt.Errorf("%s: %w", c.QualName, err)
		}
	}
	e.strs(c.Names)
	e.strs(c.VarNames)
	e.strs(c.CellVars)
	e.strs(c.FreeVars)
	e.length(len(c.Cell2Arg), c.Cell2Arg == nil)
	for _, a := range c.Cell2Arg {
		e.int(int64(a))
	}
	e.uint(uint64(c.StackSize))
	e.uint(uint64(c.BlockStackSize))
	if err := e.constant(c.Doc); err != nil {
		return fmt.Errorf("%s: docstring: %w", c.QualName, err)
	}
	return nil
}

func (e *encoder) constant(k compile.Const) error {
	switch k := k.(type) {
	case nil:
		e.body = append(e.body, constNone)
	case bool:
		if k {
			e.body = append(e.body, constTrue)
		} else {
			e.body = append(e.body, constFalse)
		}
	case int64:
		e.body = append(e.body, constInt)
		e.int(k)
	case *big.Int:
		e.body = append(e.body, constBig)
		sign := byte(0)
		if k.Sign() < 0 {
			sign = 1
		}
		mag := new(big.Int).Abs(k).Bytes()
		e.body = append(e.body, sign)
		e.uint(uint64(len(mag)))
		e.body = append(e.body, mag...)
	case float64:
		e.body = append(e.body, constFloat)
		e.body = binary.LittleEndian.AppendUint64(e.body, math.Float64bits(k))
	case complex128:
		e.body = append(e.body, constComplex)
		e.body = binary.LittleEndian.AppendUint64(e.body, math.Float64bits(real(k)))
		e.body = binary.LittleEndian.AppendUint64(e.body, math.Float64bits(imag(k)))
	case string:
		e.body = append(e.body, constStr)
		e.str(k)
	case compile.Bytes:
		e.body = append(e.body, constBytes)
		e.uint(uint64(len(k)))
		e.body = append(e.body, k...)
	case compile.EllipsisType:
		e.body = append(e.body, constEllipsis)
	case compile.Tuple:
		return e.consts(constTuple, k)
	case compile.FrozenSet:
		return e.consts(constFrozenSet, k)
	case *compile.Code:
		if k == nil {
			return fmt.Errorf("codefile: a nil code constant")
		}
		e.body = append(e.body, constCode)
		return e.code(k)
	default:
		return fmt.Errorf("codefile: cannot encode a constant of type %T", k)
	}
	return nil
}

// consts writes a tuple or frozenset constant. Both are never nil when the compiler makes
// them, but a nil one still round-trips.
func (e *encoder) consts(tag byte, list []compile.Const) error {
	e.body = append(e.body, tag)
	e.length(len(list), list == nil)
	for _, k := range list {
		if err := e.constant(k); err != nil {
			return err
		}
	}
	return nil
}
