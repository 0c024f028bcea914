package pyre

import (
	"strconv"
	"strings"
)

const (
	maxRepeat = 4294967295 // _sre.MAXREPEAT
	maxGroups = 1073741823 // _sre.MAXGROUPS
	// maxNesting bounds the nesting of groups (two levels each), which the parser, the
	// compiler and the matcher's lookaround follow on the Go stack.
	maxNesting = 4000
)

// syntaxTree is a parsed pattern.
type syntaxTree struct {
	root   *node
	flags  Flags    // the pattern's flags, including inline global flags
	groups int      // number of capturing groups
	names  []string // names[i] is group i's name, or ""
	// groupWidths are the groups' (min, max) widths, for lookbehinds with backreferences.
	groupWidths [][2]int
}

// item kinds, after sre_parse's opcodes, for the checks made on the last item.
const (
	kLiteral = iota
	kAt
	kRepeat
	kOther
)

type item struct {
	kind int
	n    *node
}

// scope is the flag state inside a group.
type scope struct {
	ignoreCase, multiline, dotAll, verbose, ascii bool
}

type parser struct {
	tok         *tokenizer
	flags       Flags
	groups      int // next group number minus one
	names       map[string]int
	nameList    []string
	open        map[int]bool
	groupWidths [][2]int // the widths of the closed groups, for backreferences
	// lookbehindGroups is the number of groups before the lookbehind being parsed, or -1.
	lookbehindGroups int
	// grouprefPos records where a conditional first referred to each group number.
	grouprefPos map[int]int
}

// parse parses a Python pattern as sre_parse.parse does, with its errors: Type "error" for
// what CPython reports as re.error.
func parse(pattern string, flags Flags) (tree *syntaxTree, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				msg := "?"
				if e, isErr := r.(error); isErr {
					msg = e.Error()
				} else if s, isStr := r.(string); isStr {
					msg = s
				}
				err = &Error{Type: "SystemError", Msg: "internal error in re parser: " + msg, Pos: -1}
				return
			}
			tree, err = nil, b.err
		}
	}()
	p := &parser{flags: flags, names: map[string]int{}, open: map[int]bool{},
		nameList: []string{""}, groupWidths: [][2]int{{0, 0}}, lookbehindGroups: -1,
		grouprefPos: map[int]int{}}
	p.tok = newTokenizer(pattern)
	// The global flags can be changed by (?x) etc. at the start; the scope is rebuilt then.
	root := p.parseSub(p.scopeOf(flags), 0)
	if flags&LOCALE != 0 || p.flags&LOCALE != 0 {
		return nil, &Error{Type: "ValueError", Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
	}
	if p.flags&ASCII != 0 && p.flags&UNICODE != 0 {
		return nil, &Error{Type: "ValueError", Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	if p.tok.next != "" {
		p.tok.fail(0, "unbalanced parenthesis")
	}
	if bad, pos := p.badGroupref(); bad > 0 {
		return nil, &Error{Type: "error", Msg: "invalid group reference " + strconv.Itoa(bad), Pos: pos, Pattern: pattern}
	}
	eff := p.flags
	if eff&ASCII == 0 {
		eff |= UNICODE
	}
	return &syntaxTree{root: root, flags: eff, groups: p.groups, names: p.nameList, groupWidths: p.groupWidths}, nil
}

// badGroupref returns the first group number (in pattern order) that a conditional referred
// to but the pattern does not define, with its position.
func (p *parser) badGroupref() (int, int) {
	bad, pos := 0, -1
	for g, at := range p.grouprefPos {
		if g > p.groups && (pos < 0 || at < pos) {
			bad, pos = g, at
		}
	}
	return bad, pos
}

func (p *parser) scopeOf(f Flags) scope {
	return scope{ignoreCase: f&IGNORECASE != 0, multiline: f&MULTILINE != 0,
		dotAll: f&DOTALL != 0, verbose: f&VERBOSE != 0, ascii: f&ASCII != 0}
}

// parseSub parses alternatives separated by '|'.
func (p *parser) parseSub(sc scope, nested int) *node {
	if nested > maxNesting {
		// CPython's recursive parser fails sooner (about 500 levels).
		panic(bail{&Error{Type: "RecursionError", Msg: "maximum recursion depth exceeded", Pos: -1}})
	}
	var branches []*node
	first := nested == 0
	for {
		branches = append(branches, p.parse(&sc, nested+1, first))
		first = false
		if !p.tok.match("|") {
			break
		}
		if nested == 0 {
			sc.verbose = p.flags&VERBOSE != 0
		}
	}
	if len(branches) == 1 {
		return branches[0]
	}
	// Alternatives of single code points ("a|b|c") become a class, as sre_compile does, so
	// that a repetition of them runs without a choice per code point.
	set := make([]classItem, 0, len(branches))
	for _, b := range branches {
		if b.op != nLit || b.fold || b.asciiFold {
			return &node{op: nAlt, subs: branches}
		}
		set = append(set, classItem{lo: b.r, hi: b.r})
	}
	return &node{op: nClass, cls: newClass(set, false, &scope{})}
}

// parse parses one branch: a sequence of items up to '|' or ')'.
func (p *parser) parse(sc *scope, nested int, first bool) *node {
	var items []item
	t := p.tok
	for {
		this := t.next
		if this == "" || this == "|" || this == ")" {
			break
		}
		t.get()
		if sc.verbose {
			if len(this) == 1 && strings.Contains(" \t\n\r\v\f", this) {
				continue
			}
			if this == "#" {
				for {
					this = t.get()
					if this == "" || this == "\n" {
						break
					}
				}
				continue
			}
		}
		switch {
		case this[0] == '\\':
			items = append(items, p.escape(this, sc))
		case !strings.Contains(".\\[{()*+?^$|", this):
			items = append(items, item{kLiteral, p.literal([]rune(this)[0], sc)})
		case this == "[":
			items = append(items, item{kOther, &node{op: nClass, cls: p.class(sc)}})
		case strings.Contains("*+?{", this):
			var ok bool
			if items, ok = p.repeat(this, items); !ok {
				items = append(items, item{kLiteral, p.literal('{', sc)})
			}
		case this == ".":
			items = append(items, item{kOther, &node{op: nAny, dotAll: sc.dotAll}})
		case this == "(":
			it, isItem := p.group(sc, nested, first && len(items) == 0)
			if isItem {
				items = append(items, it)
			}
		case this == "^":
			at := atBeginning
			if sc.multiline {
				at = atBeginningLine
			}
			items = append(items, item{kAt, &node{op: nAt, at: at}})
		case this == "$":
			at := atEnd
			if sc.multiline {
				at = atEndLine
			}
			items = append(items, item{kAt, &node{op: nAt, at: at}})
		}
	}
	nodes := make([]*node, len(items))
	for i, it := range items {
		nodes[i] = it.n
	}
	return seqOf(nodes)
}

// repeat applies a quantifier token to the last item. It returns ok == false when '{' does
// not start a valid quantifier and is a literal.
func (p *parser) repeat(this string, items []item) ([]item, bool) {
	t := p.tok
	here := t.tell()
	lo, hi := 0, maxRepeat
	switch this {
	case "?":
		hi = 1
	case "+":
		lo = 1
	case "{":
		if t.next == "}" {
			return items, false
		}
		var los, his string
		for len(t.next) == 1 && t.next[0] >= '0' && t.next[0] <= '9' {
			los += t.get()
		}
		if t.match(",") {
			for len(t.next) == 1 && t.next[0] >= '0' && t.next[0] <= '9' {
				his += t.get()
			}
		} else {
			his = los
		}
		if !t.match("}") {
			t.seek(here)
			return items, false
		}
		if los != "" {
			lo = parseCount(los)
		}
		if his != "" {
			hi = parseCount(his)
			if hi < lo {
				t.fail(t.tell()-here, "min repeat greater than max repeat")
			}
		}
	}
	if len(items) == 0 || items[len(items)-1].kind == kAt {
		t.fail(t.tell()-here+len([]rune(this)), "nothing to repeat")
	}
	if items[len(items)-1].kind == kRepeat {
		t.fail(t.tell()-here+len([]rune(this)), "multiple repeat")
	}
	rep := &node{op: nRepeat, min: lo, max: hi, greedy: true, sub: items[len(items)-1].n}
	if t.match("?") {
		rep.greedy = false
	} else if t.match("+") {
		rep.possessive = true
	}
	items[len(items)-1] = item{kRepeat, rep}
	return items, true
}

// parseCount converts a repeat count, failing as CPython does when it is too large.
func parseCount(s string) int {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n >= maxRepeat {
		panic(bail{&Error{Type: "OverflowError", Msg: "the repetition number is too large", Pos: -1}})
	}
	return int(n)
}
