package wasmfile

import (
	"errors"
	"slices"
)

// IDs of the sections AddStartFunction edits, and the order in which the binary format
// wants the non-custom sections.
const (
	sectionType     byte = 1
	sectionImport   byte = 2
	sectionFunction byte = 3
	sectionExport   byte = 7
	sectionStart    byte = 8
	sectionCode     byte = 10
)

// sectionRank is a non-custom section's place in a module (the binary format's order).
var sectionRank = map[byte]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 13: 6, 6: 7, 7: 8, 8: 9, 9: 10, 12: 11, 10: 12, 11: 13}

// AddStartFunction appends a function of no parameters and no results to the module's
// functions and makes it the module's start function, which the engine runs when the
// module is instantiated, after the data segments are in memory and before any export can
// be called. body is the function's code entry without its size: its locals, then its
// instructions and their final end. The module's existing functions keep their indices.
func AddStartFunction(sections []Section, body []byte) ([]Section, error) {
	find := func(id byte) int {
		return slices.IndexFunc(sections, func(s Section) bool { return s.ID == id })
	}
	if find(sectionStart) >= 0 {
		return nil, errors.New("the module already has a start function")
	}
	ti, fi, ci := find(sectionType), find(sectionFunction), find(sectionCode)
	if ti < 0 || fi < 0 || ci < 0 {
		return nil, errors.New("the module lacks a type, function or code section")
	}
	sections = slices.Clone(sections)

	// The type () -> (), added if the module has none.
	types, err := vecEntries(sections[ti].Payload, skipFuncType)
	if err != nil {
		return nil, errors.New("type section: " + err.Error())
	}
	typeIndex := slices.IndexFunc(types, func(t []byte) bool { return string(t) == "\x60\x00\x00" })
	if typeIndex < 0 {
		typeIndex = len(types)
		sections[ti].Payload = appendToVec(sections[ti].Payload, len(types), []byte{0x60, 0, 0})
	}

	imported := 0
	if ii := find(sectionImport); ii >= 0 {
		if imported, err = countFuncImports(sections[ii].Payload); err != nil {
			return nil, errors.New("import section: " + err.Error())
		}
	}
	funcs, err := vecEntries(sections[fi].Payload, skipU32)
	if err != nil {
		return nil, errors.New("function section: " + err.Error())
	}
	codes, err := vecEntries(sections[ci].Payload, skipSized)
	if err != nil || len(codes) != len(funcs) {
		return nil, errors.New("the code section does not match the function section")
	}
	sections[fi].Payload = appendToVec(sections[fi].Payload, len(funcs), AppendU32(nil, uint32(typeIndex)))
	sections[ci].Payload = appendToVec(sections[ci].Payload, len(codes), append(AppendU32(nil, uint32(len(body))), body...))

	start := Section{ID: sectionStart, Payload: AppendU32(nil, uint32(imported+len(funcs)))}
	at := len(sections)
	for i, s := range sections {
		if r, ok := sectionRank[s.ID]; ok && r > sectionRank[sectionStart] {
			at = i
			break
		}
	}
	return slices.Insert(sections, at, start), nil
}

// vecEntries splits a section that is a vector into its entries, which skip reads past one
// at a time. The entries share payload's memory.
func vecEntries(payload []byte, skip func(*reader)) ([][]byte, error) {
	r := reader{b: payload}
	n := r.u32()
	if r.err == nil && n > uint32(len(payload)) {
		r.err = errShort
	}
	var entries [][]byte
	for range n {
		if r.err != nil {
			break
		}
		start := r.pos
		skip(&r)
		entries = append(entries, payload[start:r.pos])
	}
	if r.err == nil && r.pos != len(payload) {
		r.err = errors.New("bytes after the last entry")
	}
	return entries, r.err
}

// appendToVec returns a vector section of n entries with entry added at its end.
func appendToVec(payload []byte, n int, entry []byte) []byte {
	r := reader{b: payload}
	r.u32()
	out := AppendU32(make([]byte, 0, len(payload)+len(entry)+5), uint32(n+1))
	out = append(out, payload[r.pos:]...)
	return append(out, entry...)
}

// countFuncImports returns how many of an import section's entries are functions, which
// come before the module's own in the function index space.
func countFuncImports(payload []byte) (int, error) {
	funcs := 0
	_, err := vecEntries(payload, func(r *reader) {
		r.bytes(r.u32()) // module name
		r.bytes(r.u32()) // field name
		switch kind := r.byte(); kind {
		case 0: // function: its type index
			r.u32()
			funcs++
		case 1: // table: its element type and limits
			r.byte()
			skipLimits(r)
		case 2: // memory
			skipLimits(r)
		case 3: // global: its value type and mutability
			r.byte()
			r.byte()
		default:
			if r.err == nil {
				r.err = errors.New("an import of unknown kind")
			}
		}
	})
	return funcs, err
}

// skipLimits reads a table's or a memory's limits: a flag, the minimum and maybe a maximum.
func skipLimits(r *reader) {
	hasMax := r.byte()&1 != 0
	r.u32()
	if hasMax {
		r.u32()
	}
}

// skipFuncType reads a function type: 0x60 and two vectors of one-byte value types.
func skipFuncType(r *reader) {
	if r.byte() != 0x60 && r.err == nil {
		r.err = errors.New("a type that is not a function type")
	}
	r.bytes(r.u32())
	r.bytes(r.u32())
}

// skipU32 reads one unsigned LEB128 number.
func skipU32(r *reader) { r.u32() }

// skipSized reads one entry that starts with its size.
func skipSized(r *reader) { r.bytes(r.u32()) }
