package codefile

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
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
		return nil, msgfmt.Errorf("codefile: format version %d, want %d", v, version)
	}
	var err error
	r := &reader{data: data, pos: len(magic) + 1, err: &err}
	table := r.table()
	if err != nil {
		return nil, err
	}
	return decodeModule(data[r.pos:], table)
}

// reader reads varints and bytes from one stream; the first error sticks in err, and every
// read after it returns zero.
type reader struct {
	data []byte
	pos  int
	err  *error
}

func (r *reader) fail(err error) {
	if *r.err == nil {
		*r.err = err
	}
}

// newReader returns a reader whose errors land in err.
func newReader(data []byte, err *error) reader { return reader{data: data, err: err} }

func (r *reader) byte() byte {
	if r.pos >= len(r.data) {
		r.fail(errTruncated)
		return 0
	}
	b := r.data[r.pos]
	r.pos++
	return b
}

// uint reads an unsigned varint: decoding is mostly this. Bits beyond the 64th are dropped,
// which only a damaged file has.
func (r *reader) uint() uint64 {
	var v uint64
	for shift := uint(0); r.pos < len(r.data); shift += 7 {
		b := r.data[r.pos]
		r.pos++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	r.fail(errTruncated)
	return 0
}

// int reads a zig-zag varint (as binary.AppendVarint writes it).
func (r *reader) int() int64 {
	v := r.uint()
	return int64(v>>1) ^ -int64(v&1)
}

// small reads an unsigned varint that must fit in an int (counts, sizes, flags).
func (r *reader) small() int {
	v := r.uint()
	if v > math.MaxInt32 {
		r.fail(errors.New("codefile: value out of range"))
		return 0
	}
	return int(v)
}

// bytes reads n bytes.
func (r *reader) bytes(n uint64) []byte {
	if n > uint64(len(r.data)-r.pos) {
		r.fail(errTruncated)
		r.pos = len(r.data)
		return nil
	}
	b := r.data[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return b
}

func (r *reader) uint64Bits() uint64 {
	if len(r.data)-r.pos < 8 {
		r.fail(errTruncated)
		return 0
	}
	v := binary.LittleEndian.Uint64(r.data[r.pos:])
	r.pos += 8
	return v
}

// table reads a string table (see table.append).
func (r *reader) table() []string {
	n := r.uint()
	if n > uint64(len(r.data)-r.pos) {
		r.fail(errTruncated)
		return nil
	}
	sizes := make([]uint64, n)
	for i := range sizes {
		sizes[i] = r.uint()
	}
	list := make([]string, n)
	for i, size := range sizes {
		list[i] = string(r.bytes(size))
	}
	return list
}

// decoder reads a module's streams.
type decoder struct {
	s     [numStreams]reader
	table []string
	err   error
	outer string // the qualified name of the code object being read
}

// decodeModule reads a module written by table.module, all of data.
func decodeModule(data []byte, table []string) (*compile.Code, error) {
	var err error
	head := newReader(data, &err)
	var sizes [numStreams]uint64
	for i := range sizes {
		sizes[i] = head.uint()
	}
	var streams [numStreams][]byte
	for i, size := range sizes {
		streams[i] = head.bytes(size)
	}
	if err != nil {
		return nil, err
	}
	if head.pos != len(data) {
		return nil, errors.New("codefile: trailing data")
	}
	return decodeStreams(&streams, table)
}

// decodeStreams reads a module from its streams, which it must use up.
func decodeStreams(streams *[numStreams][]byte, table []string) (*compile.Code, error) {
	d := &decoder{table: table}
	for i, s := range streams {
		d.s[i] = newReader(s, &d.err)
	}
	code := d.code(0)
	if d.err != nil {
		return nil, d.err
	}
	for i := range d.s {
		if d.s[i].pos != len(d.s[i].data) {
			return nil, errors.New("codefile: trailing data")
		}
	}
	return code, nil
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) str() string {
	i := d.s[streamStr].uint()
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
// least one byte of some stream, so a length beyond the remaining data is an error.
func (d *decoder) length() int {
	meta := &d.s[streamMeta]
	n := meta.uint()
	if d.err != nil || n == 0 {
		return -1
	}
	left := 0
	for i := range d.s {
		left += len(d.s[i].data) - d.s[i].pos
	}
	if n-1 > uint64(left) {
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
	meta := &d.s[streamMeta]
	c := &compile.Code{Name: d.str()}
	switch meta.uint() {
	case qualIsName:
		c.QualName = c.Name
	case qualInParent:
		c.QualName = d.outer + "." + c.Name
	case qualInLocals:
		c.QualName = d.outer + ".<locals>." + c.Name
	case qualOther:
		c.QualName = d.str()
	default:
		d.fail(errors.New("codefile: unknown kind of qualified name"))
	}
	outer := d.outer
	d.outer = c.QualName
	defer func() { d.outer = outer }()
	c.Filename = d.str()
	c.FirstLine = int(meta.int())
	c.ArgCount = meta.small()
	c.PosOnlyCount = meta.small()
	c.KwOnlyCount = meta.small()
	c.Flags = compile.CodeFlags(meta.uint())
	if n := d.length(); n >= 0 {
		c.Instrs = d.instrs(n)
	}
	if n := d.length(); n >= 0 {
		c.Lines = make([]int32, n)
		lines := &d.s[streamLine]
		line := int64(c.FirstLine)
		for i := range c.Lines {
			line += lines.int()
			c.Lines[i] = int32(line)
		}
	}
	if n := d.length(); n >= 0 {
		c.Positions = d.positions(n, c.Lines)
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
			c.Cell2Arg[i] = int(meta.int())
		}
	}
	c.StackSize = meta.small()
	c.BlockStackSize = meta.small()
	c.Doc = d.constant(depth + 1)
	return c
}

// instrs reads n instructions (see encoder.code).
func (d *decoder) instrs(n int) []compile.Instr {
	ops, args := &d.s[streamOp], &d.s[streamArg]
	list := make([]compile.Instr, n)
	for i := range list {
		op := ops.byte()
		var arg int64
		switch opKinds[op] {
		case opPlain:
		case opArg:
			arg = int64(args.uint())
		case opJump:
			arg = int64(i) + args.int()
		default:
			if op != escapeOp {
				d.fail(msgfmt.Errorf("codefile: unknown opcode %d", op))
				return nil
			}
			op = ops.byte()
			arg = int64(args.uint())
		}
		if arg < 0 || arg > math.MaxUint32 {
			d.fail(errors.New("codefile: instruction argument out of range"))
			return nil
		}
		list[i] = compile.Instr{Op: compile.Opcode(op), Arg: uint32(arg)}
	}
	return list
}

// positions reads n spans (see encoder.positions).
func (d *decoder) positions(n int, lines []int32) []syntax.Span {
	same, startRows, rows, startCols, endCols := &d.s[streamSame], &d.s[streamStartRow], &d.s[streamRows], &d.s[streamStartCol], &d.s[streamEndCol]
	list := make([]syntax.Span, n)
	for i := range list {
		if same.byte() == 1 && i > 0 {
			list[i] = list[i-1]
			continue
		}
		line := int64(0)
		if i < len(lines) {
			line = int64(lines[i])
		}
		start := line + startRows.int()
		end := start + rows.int()
		startCol := startCols.int()
		endCol := endCols.int()
		if end == start {
			endCol += startCol
		}
		list[i] = syntax.Span{
			StartPos: syntax.Pos{Line: int32(start), Col: int32(startCol)},
			EndPos:   syntax.Pos{Line: int32(end), Col: int32(endCol)},
		}
	}
	return list
}

func (d *decoder) constant(depth int) compile.Const {
	if depth > maxDepth {
		d.fail(errors.New("codefile: constants nested too deeply"))
		return nil
	}
	meta := &d.s[streamMeta]
	switch tag := meta.byte(); tag {
	case constNone:
		return nil
	case constFalse:
		return false
	case constTrue:
		return true
	case constInt:
		return meta.int()
	case constBig:
		negative := meta.byte() == 1
		v := new(big.Int).SetBytes(meta.bytes(meta.uint()))
		if negative {
			v.Neg(v)
		}
		return v
	case constFloat:
		return math.Float64frombits(meta.uint64Bits())
	case constComplex:
		re := math.Float64frombits(meta.uint64Bits())
		return complex(re, math.Float64frombits(meta.uint64Bits()))
	case constStr:
		return d.str()
	case constBytes:
		return compile.Bytes(meta.bytes(meta.uint()))
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
		d.fail(msgfmt.Errorf("codefile: unknown constant tag %d", tag))
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
