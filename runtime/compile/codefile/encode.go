// Package codefile writes the compiler's output (*compile.Code, plain data) as compact bytes
// and reads it back, so that a program can ship modules already compiled instead of parsing
// and compiling their source when it starts. The browser engine uses it for the standard
// library's Python modules (see wasm/playground), whose compilation was most of the time a
// visitor waited for the first output of a program that imports asyncio.
//
// # Format
//
// A file is the magic "ASOC", a format version (one byte), a string table and one module:
// a code object and everything it contains. All integers are unsigned varints
// (encoding/binary's Uvarint) unless said otherwise; signed ones are zig-zag varints
// (Varint). A string is its index in the table, so names that recur (self, __init__, the
// file name) are stored once. The table is a count, the strings' lengths and then their
// bytes, most used strings first, so that the indices that recur most take one byte.
//
// The engine ships its files compressed (brotli, by the web server), so the format is laid
// out for the compressor rather than packed bit by bit: a module is split into streams of
// similar values (see the stream* constants), written one after another, each preceded by
// its length in a header that lists all of them. Opcodes then sit next to opcodes, line
// deltas next to line deltas, and the compressor finds their repetitions. Only the meta
// stream is read in the order of compile.Code's fields; the others are read as those fields
// ask for their elements.
//
// A code object is its fields in the order of compile.Code's declaration, except that a
// qualified name is mostly written as how it follows from its name and the enclosing code
// object's (see qualKind). A slice is its length plus one, followed by its elements, so that
// 0 stands for a nil slice and DeepEqual holds after a round trip. An instruction is its opcode in the opcode stream and, if the
// opcode takes an argument, the argument in the argument stream: a jump target as the
// zig-zag difference from the instruction's own index (loops and branches then repeat small
// numbers), others as they are. An opcode that takes none but carries a non-zero argument
// anyway is written after an escape byte, with its argument. Line numbers are zig-zag deltas
// from the previous instruction's line (starting at FirstLine). Positions (the source spans
// tracebacks underline) are a byte per instruction in the same-span stream, 1 when the span
// is the previous instruction's, and otherwise four zig-zag varints in four streams: the
// start line less the instruction's line, the end line less the start line, the start
// column, and the end column (less the start column when the span is on one line). (The
// engine's shipped modules leave Positions out altogether: see wasm/stdlibcodes.)
// A constant is a tag byte (the const* values below) followed by its payload.
package codefile

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

// magic starts every encoded file; version changes whenever the format does.
const (
	magic   = "ASOC"
	version = 3
)

// The streams of a module, in the order they are written.
const (
	streamMeta     = iota // counts, flags, constants' tags and payloads
	streamStr             // string-table indices
	streamOp              // opcode bytes
	streamArg             // instruction arguments
	streamLine            // line deltas
	streamSame            // 1 when an instruction's span is the previous one's, else 0
	streamStartRow        // span start line less the instruction's line
	streamRows            // span end line less start line
	streamStartCol        // span start column
	streamEndCol          // span end column, less the start column on a one-line span
	numStreams
)

// escapeOp precedes an opcode that takes no argument but has a non-zero one, or that the
// compiler does not know (it never writes such instructions, but the format keeps any code
// intact).
const escapeOp = 0xff

// The kinds of opcodes, which say where an instruction's argument is written.
const (
	opUnknown = iota // not an opcode of the compiler's: always escaped
	opPlain          // takes no argument
	opArg            // takes an argument
	opJump           // takes a jump target
)

// opKinds gives every byte's kind of opcode.
var opKinds = func() (kinds [256]uint8) {
	for i := range escapeOp {
		op := compile.Opcode(i)
		switch {
		case strings.HasPrefix(op.String(), "Opcode("):
			kinds[i] = opUnknown
		case op.IsJump():
			kinds[i] = opJump
		case op.HasArg():
			kinds[i] = opArg
		default:
			kinds[i] = opPlain
		}
	}
	return kinds
}()

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
	t, err := newTable([]*compile.Code{code})
	if err != nil {
		return nil, err
	}
	out := append([]byte(magic), version)
	out = t.append(out)
	return t.module(out, code)
}

// table is a string table: its strings, most used first, and their indices.
type table struct {
	list  []string
	index map[string]uint64
}

// newTable makes the string table of these code objects, by encoding them once to count
// their strings.
func newTable(codes []*compile.Code) (*table, error) {
	e := &encoder{counts: map[string]int{}}
	for _, c := range codes {
		if err := e.code(c); err != nil {
			return nil, err
		}
	}
	list := slices.Clone(e.order)
	// A stable sort keeps strings used equally often in the order of their first use.
	slices.SortStableFunc(list, func(a, b string) int { return cmp.Compare(e.counts[b], e.counts[a]) })
	t := &table{list: list, index: make(map[string]uint64, len(list))}
	for i, s := range list {
		t.index[s] = uint64(i)
	}
	return t, nil
}

// append writes the table: its length, the strings' lengths, then their bytes.
func (t *table) append(out []byte) []byte {
	out = binary.AppendUvarint(out, uint64(len(t.list)))
	for _, s := range t.list {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range t.list {
		out = append(out, s...)
	}
	return out
}

// module appends a code object's streams: first their lengths, then their bytes.
func (t *table) module(out []byte, code *compile.Code) ([]byte, error) {
	streams, err := t.streams(code)
	if err != nil {
		return nil, err
	}
	for _, s := range streams {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range streams {
		out = append(out, s...)
	}
	return out, nil
}

// streams encodes a code object into its streams.
func (t *table) streams(code *compile.Code) ([numStreams][]byte, error) {
	e := &encoder{table: t}
	err := e.code(code)
	return e.streams, err
}

// encoder writes a module's streams. With counts set (and no table) it only counts the
// strings it meets, for newTable.
type encoder struct {
	streams [numStreams][]byte
	table   *table
	counts  map[string]int
	order   []string // the strings in the order of their first use, when counting
	outer   string   // the qualified name of the code object being written
}

func (e *encoder) byte(s int, b byte)   { e.streams[s] = append(e.streams[s], b) }
func (e *encoder) uint(s int, v uint64) { e.streams[s] = binary.AppendUvarint(e.streams[s], v) }
func (e *encoder) int(s int, v int64)   { e.streams[s] = binary.AppendVarint(e.streams[s], v) }

func (e *encoder) str(s string) {
	if e.counts != nil {
		if e.counts[s] == 0 {
			e.order = append(e.order, s)
		}
		e.counts[s]++
		return
	}
	e.uint(streamStr, e.table.index[s])
}

// length writes a slice's length as len+1, or 0 for a nil slice.
func (e *encoder) length(n int, isNil bool) {
	if isNil {
		e.uint(streamMeta, 0)
		return
	}
	e.uint(streamMeta, uint64(n)+1)
}

func (e *encoder) strs(list []string) {
	e.length(len(list), list == nil)
	for _, s := range list {
		e.str(s)
	}
}

// The ways a qualified name is written: most follow from the name and the enclosing code
// object's qualified name, and only the others take a string.
const (
	qualIsName   = iota // QualName == Name
	qualInParent        // outer.QualName + "." + Name (a method, a nested class)
	qualInLocals        // outer.QualName + ".<locals>." + Name (a nested function)
	qualOther           // a string follows
)

// qualKind returns how to write a qualified name, given the enclosing one.
func qualKind(qual, name, outer string) int {
	switch {
	case qual == name:
		return qualIsName
	case qual == outer+"."+name:
		return qualInParent
	case qual == outer+".<locals>."+name:
		return qualInLocals
	}
	return qualOther
}

func (e *encoder) code(c *compile.Code) error {
	e.str(c.Name)
	kind := qualKind(c.QualName, c.Name, e.outer)
	e.uint(streamMeta, uint64(kind))
	if kind == qualOther {
		e.str(c.QualName)
	}
	outer := e.outer
	e.outer = c.QualName
	defer func() { e.outer = outer }()
	e.str(c.Filename)
	e.int(streamMeta, int64(c.FirstLine))
	e.uint(streamMeta, uint64(c.ArgCount))
	e.uint(streamMeta, uint64(c.PosOnlyCount))
	e.uint(streamMeta, uint64(c.KwOnlyCount))
	e.uint(streamMeta, uint64(c.Flags))
	e.length(len(c.Instrs), c.Instrs == nil)
	for i, in := range c.Instrs {
		kind := uint8(opUnknown)
		if in.Op < escapeOp {
			kind = opKinds[in.Op]
		}
		switch {
		case kind == opJump:
			e.byte(streamOp, byte(in.Op))
			e.int(streamArg, int64(in.Arg)-int64(i))
		case kind == opArg:
			e.byte(streamOp, byte(in.Op))
			e.uint(streamArg, uint64(in.Arg))
		case kind == opPlain && in.Arg == 0:
			e.byte(streamOp, byte(in.Op))
		default:
			e.byte(streamOp, escapeOp)
			e.byte(streamOp, byte(in.Op))
			e.uint(streamArg, uint64(in.Arg))
		}
	}
	e.length(len(c.Lines), c.Lines == nil)
	prev := int64(c.FirstLine)
	for _, l := range c.Lines {
		e.int(streamLine, int64(l)-prev)
		prev = int64(l)
	}
	e.positions(c)
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
		e.int(streamMeta, int64(a))
	}
	e.uint(streamMeta, uint64(c.StackSize))
	e.uint(streamMeta, uint64(c.BlockStackSize))
	if err := e.constant(c.Doc); err != nil {
		return fmt.Errorf("%s: docstring: %w", c.QualName, err)
	}
	return nil
}

// positions writes a code object's spans (see the package comment).
func (e *encoder) positions(c *compile.Code) {
	e.length(len(c.Positions), c.Positions == nil)
	for i, p := range c.Positions {
		if i > 0 && p == c.Positions[i-1] {
			e.byte(streamSame, 1)
			continue
		}
		e.byte(streamSame, 0)
		line := int64(0)
		if i < len(c.Lines) {
			line = int64(c.Lines[i])
		}
		rows := int64(p.EndPos.Line) - int64(p.StartPos.Line)
		e.int(streamStartRow, int64(p.StartPos.Line)-line)
		e.int(streamRows, rows)
		e.int(streamStartCol, int64(p.StartPos.Col))
		if rows == 0 {
			e.int(streamEndCol, int64(p.EndPos.Col)-int64(p.StartPos.Col))
		} else {
			e.int(streamEndCol, int64(p.EndPos.Col))
		}
	}
}

func (e *encoder) constant(k compile.Const) error {
	switch k := k.(type) {
	case nil:
		e.byte(streamMeta, constNone)
	case bool:
		if k {
			e.byte(streamMeta, constTrue)
		} else {
			e.byte(streamMeta, constFalse)
		}
	case int64:
		e.byte(streamMeta, constInt)
		e.int(streamMeta, k)
	case *big.Int:
		e.byte(streamMeta, constBig)
		sign := byte(0)
		if k.Sign() < 0 {
			sign = 1
		}
		mag := new(big.Int).Abs(k).Bytes()
		e.byte(streamMeta, sign)
		e.uint(streamMeta, uint64(len(mag)))
		e.streams[streamMeta] = append(e.streams[streamMeta], mag...)
	case float64:
		e.byte(streamMeta, constFloat)
		e.streams[streamMeta] = binary.LittleEndian.AppendUint64(e.streams[streamMeta], math.Float64bits(k))
	case complex128:
		e.byte(streamMeta, constComplex)
		e.streams[streamMeta] = binary.LittleEndian.AppendUint64(e.streams[streamMeta], math.Float64bits(real(k)))
		e.streams[streamMeta] = binary.LittleEndian.AppendUint64(e.streams[streamMeta], math.Float64bits(imag(k)))
	case string:
		e.byte(streamMeta, constStr)
		e.str(k)
	case compile.Bytes:
		e.byte(streamMeta, constBytes)
		e.uint(streamMeta, uint64(len(k)))
		e.streams[streamMeta] = append(e.streams[streamMeta], k...)
	case compile.EllipsisType:
		e.byte(streamMeta, constEllipsis)
	case compile.Tuple:
		return e.consts(constTuple, k)
	case compile.FrozenSet:
		return e.consts(constFrozenSet, k)
	case *compile.Code:
		if k == nil {
			return fmt.Errorf("codefile: a nil code constant")
		}
		e.byte(streamMeta, constCode)
		return e.code(k)
	default:
		return fmt.Errorf("codefile: cannot encode a constant of type %T", k)
	}
	return nil
}

// consts writes a tuple or frozenset constant. Both are never nil when the compiler makes
// them, but a nil one still round-trips.
func (e *encoder) consts(tag byte, list []compile.Const) error {
	e.byte(streamMeta, tag)
	e.length(len(list), list == nil)
	for _, k := range list {
		if err := e.constant(k); err != nil {
			return err
		}
	}
	return nil
}
