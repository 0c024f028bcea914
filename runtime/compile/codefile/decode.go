package codefile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// maxDepth bounds the nesting of code objects and constants, so that a damaged file cannot
// exhaust the stack.
const maxDepth = 1000

// errTruncated reports a file that ends in the middle of a value.
var errTruncated = errors.New("codefile: truncated data")

// Decode reads a code object written by Encode. A file of another format version, or one
// that is damaged, gives an error, never a panic.
func Decode(data []byte) (*compile.Code, error) {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return nil, errors.New("codefile: not an encoded code object")
	}
	if v := data[len(magic)]; v != version {
		return nil, fmt.Errorf("codefile: format version %d, want %d", v, version)
	}
	d := &decoder{data: data, pos: len(magic) + 1}
	n := d.uint()
	if n > uint64(len(data)) {
		return nil, errTruncated
	}
	d.table = make([]string, n)
	for i := range d.table {
		size := d.uint()
		if d.err != nil || size > uint64(len(d.data)-d.pos) {
			return nil, errTruncated
		}
		d.table[i] = string(d.data[d.pos : d.pos+int(size)])
		d.pos += int(size)
	}
	code := d.code(0)
	if d.err != nil {
		return nil, d.err
	}
	if d.pos != len(d.data) {
		return nil, errors.New("codefile: trailing data")
	}
	return code, nil
}

// decoder reads a file; the first error sticks, and every read after it returns zero.
type decoder struct {
	data  []byte
	pos   int
	table []string
	err   error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) byte() byte {
	if d.err != nil || d.pos >= len(d.data) {
		d.fail(errTruncated)
		return 0
	}
	b := d.data[d.pos]
	d.pos++
	return b
}

// uint reads an unsigned varint. It is small enough to be inlined: decoding is mostly this.
// Bits beyond the 64th are dropped, which only a damaged file has.
func (d *decoder) uint() uint64 {
	var v uint64
	for shift := uint(0); d.pos < len(d.data); shift += 7 {
		b := d.data[d.pos]
		d.pos++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	if d.err == nil {
		d.err = errTruncated
	}
	return 0
}

// int reads a zig-zag varint (as binary.AppendVarint writes it).
func (d *decoder) int() int64 {
	v := d.uint()
	return int64(v>>1) ^ -int64(v&1)
}

// small reads an unsigned varint that must fit in an int (counts, sizes, flags).
func (d *decoder) small() int {
	v := d.uint()
	if v > math.MaxInt32 {
		d.fail(errors.New("codefile: value out of range"))
		return 0
	}
	return int(v)
}

func (d *decoder) uint64Bits() uint64 {
	if d.err != nil || len(d.data)-d.pos < 8 {
		d.fail(errTruncated)
		return 0
	}
	v := binary.LittleEndian.Uint64(d.data[d.pos:])
	d.pos += 8
	return v
}

func (d *decoder) str() string {
	i := d.uint()
	if d.err != nil {
		return ""
	}
	if i >= uint64(len(d.table)) {
		d.fail(errors.New("codefile: string index out of range"))
		return ""
	}
	return d.table[i]
}

// length reads a slice length written by encoder.length: -1 for nil. Every element takes at
// least one byte, so a length beyond the remaining data is an error.
func (d *decoder) length() int {
	n := d.uint()
	if d.err != nil || n == 0 {
		return -1
	}
	if n-1 > uint64(len(d.data)-d.pos) {
		d.fail(errTruncated)
		return -1
	}
	return int(n - 1)
}

func (d *decoder) strs() []string {
	n := d.length()
	if n < 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = d.str()
	}
	return list
}

func (d *decoder) code(depth int) *compile.Code {
	if depth > maxDepth {
		d.fail(errors.New("codefile: code objects nested too deeply"))
		return nil
	}
	c := &compile.Code{
		Name:         d.str(),
		QualName:     d.str(),
		Filename:     d.str(),
		FirstLine:    int(d.int()),
		ArgCount:     d.small(),
		PosOnlyCount: d.small(),
		KwOnlyCount:  d.small(),
		Flags:        compile.CodeFlags(d.uint()),
	}
	if n := d.length(); n >= 0 {
		c.Instrs = make([]compile.Instr, n)
		for i := range c.Instrs {
			op := compile.Opcode(d.byte())
			arg := d.uint()
			if arg > math.MaxUint32 {
				d.fail(errors.New("codefile: instruction argument out of range"))
			}
			c.Instrs[i] = compile.Instr{Op: op, Arg: uint32(arg)}
		}
	}
	if n := d.length(); n >= 0 {
		c.Lines = make([]int32, n)
		line := int64(c.FirstLine)
		for i := range c.Lines {
			line += d.int()
			c.Lines[i] = int32(line)
		}
	}
	if n := d.length(); n >= 0 {
		c.Positions = make([]syntax.Span, n)
		for i := range c.Positions {
			line := int64(0)
			if i < len(c.Lines) {
				line = int64(c.Lines[i])
			}
			start := line + d.int()
			startCol := d.int()
			end := start + d.int()
			endCol := d.int()
			c.Positions[i] = syntax.Span{
				StartPos: syntax.Pos{Line: int32(start), Col: int32(startCol)},
				EndPos:   syntax.Pos{Line: int32(end), Col: int32(endCol)},
			}
		}
	}
	if n := d.length(); n >= 0 {
		c.Consts = make([]compile.Const, n)
		for i := range c.Consts {
			c.Consts[i] = d.constant(depth + 1)
		}
	}
	c.Names = d.strs()
	c.VarNames = d.strs()
	c.CellVars = d.strs()
	c.FreeVars = d.strs()
	if n := d.length(); n >= 0 {
		c.Cell2Arg = make([]int, n)
		for i := range c.Cell2Arg {
			c.Cell2Arg[i] = int(d.int())
		}
	}
	c.StackSize = d.small()
	c.BlockStackSize = d.small()
	c.Doc = d.constant(depth + 1)
	return c
}

func (d *decoder) constant(depth int) compile.Const {
	if depth > maxDepth {
		d.fail(errors.New("codefile: constants nested too deeply"))
		return nil
	}
	switch tag := d.byte(); tag {
	case constNone:
		return nil
	case constFalse:
		return false
	case constTrue:
		return true
	case constInt:
		return d.int()
	case constBig:
		negative := d.byte() == 1
		n := d.uint()
		if d.err != nil || n > uint64(len(d.data)-d.pos) {
			d.fail(errTruncated)
			return nil
		}
		v := new(big.Int).SetBytes(d.data[d.pos : d.pos+int(n)])
		d.pos += int(n)
		if negative {
			v.Neg(v)
		}
		return v
	case constFloat:
		return math.Float64frombits(d.uint64Bits())
	case constComplex:
		re := math.Float64frombits(d.uint64Bits())
		return complex(re, math.Float64frombits(d.uint64Bits()))
	case constStr:
		return d.str()
	case constBytes:
		n := d.uint()
		if d.err != nil || n > uint64(len(d.data)-d.pos) {
			d.fail(errTruncated)
			return nil
		}
		b := compile.Bytes(d.data[d.pos : d.pos+int(n)])
		d.pos += int(n)
		return b
	case constEllipsis:
		return compile.Ellipsis
	case constTuple:
		if list := d.consts(depth); list != nil {
			return compile.Tuple(list)
		}
		return compile.Tuple(nil)
	case constFrozenSet:
		if list := d.consts(depth); list != nil {
			return compile.FrozenSet(list)
		}
		return compile.FrozenSet(nil)
	case constCode:
		return d.code(depth + 1)
	default:
		d.fail(fmt.Errorf("codefile: unknown constant tag %d", tag))
		return nil
	}
}

func (d *decoder) consts(depth int) []compile.Const {
	n := d.length()
	if n < 0 {
		return nil
	}
	list := make([]compile.Const, n)
	for i := range list {
		list[i] = d.constant(depth + 1)
	}
	return list
}
