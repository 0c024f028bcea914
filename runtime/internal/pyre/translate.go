package pyre

import (
	"fmt"
	"strconv"
	"strings"
)

const (
	maxRepeat = 4294967295 // _sre.MAXREPEAT
	maxGroups = 1073741823 // _sre.MAXGROUPS
	goMaxRep  = 1000       // RE2's limit on counted repetition
	never     = `[^\x00-\x{10FFFF}]`
)

// emitOptions select one of the Go programs compiled for a pattern.
type emitOptions struct {
	dollarIsEnd bool // translate non-MULTILINE $ as \z (fullmatch) instead of a hidden group
	noStart     bool // \A and non-MULTILINE ^ can never match (matching from pos > 0)
	base        int  // Go capture groups emitted before the pattern
}

// translation is the result of translating a pattern for one set of emitOptions.
type translation struct {
	goPattern  string
	flags      Flags    // the pattern's flags, including inline global flags
	groups     int      // number of Python capturing groups
	names      []string // names[i] is group i's name, or ""
	goIndex    []int    // goIndex[i] is the Go group of Python group i (i >= 1)
	closeOrder []int    // closeOrder[i] is the rank of group i's closing parenthesis
	hidden     []int    // Go groups of the hidden $ groups
	needsCtx   bool     // the pattern has assertions that look at the previous character
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
	text string
}

// scope is the flag state inside a group.
type scope struct {
	ignoreCase, multiline, dotAll, verbose, ascii bool
}

type parser struct {
	tok         *tokenizer
	opts        emitOptions
	flags       Flags
	groups      int // next group number minus one
	names       map[string]int
	nameList    []string
	open        map[int]bool
	goGroups    int
	goIndex     []int
	closeOrder  []int
	closed      int
	hidden      []int
	needsCtx    bool
	unsupported *Error
}

// Translate converts a Python pattern to RE2 syntax for Go's regexp package. It returns the
// Go pattern and the group names (names[i] is group i's name or "", names[0] is unused);
// Python group i is Go group i. Errors are *Error: Type "error" for what CPython reports as
// re.error, "NotImplementedError" for constructs RE2 cannot express.
//
// The returned pattern uses a hidden group for non-MULTILINE $, so its group numbers can run
// past len(names)-1; Compile hides that and should be preferred.
func Translate(pattern string, flags Flags) (goPattern string, groupNames []string, err error) {
	tr, err := translate(pattern, flags, emitOptions{})
	if err != nil {
		return "", nil, err
	}
	return tr.goPattern, tr.names, nil
}

func translate(pattern string, flags Flags, opts emitOptions) (tr *translation, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				err = &Error{Type: "SystemError", Msg: fmt.Sprintf("internal error in re translation: %v", r), Pos: -1}
				return
			}
			tr, err = nil, b.err
		}
	}()
	p := &parser{opts: opts, flags: flags, names: map[string]int{}, open: map[int]bool{},
		nameList: []string{""}, goIndex: []int{0}, closeOrder: []int{0}, goGroups: opts.base}
	p.tok = newTokenizer(pattern)
	// The global flags can be changed by (?x) etc. at the start; the scope is rebuilt then.
	body := p.parseSub(p.scopeOf(flags), 0)
	if flags&LOCALE != 0 || p.flags&LOCALE != 0 {
		return nil, &Error{Type: "ValueError", Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
	}
	if p.flags&ASCII != 0 && p.flags&UNICODE != 0 {
		return nil, &Error{Type: "ValueError", Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	if p.tok.next != "" {
		p.tok.fail(0, "unbalanced parenthesis")
	}
	if p.unsupported != nil {
		return nil, p.unsupported
	}
	prefix := ""
	if p.flags&IGNORECASE != 0 {
		prefix = "(?i)"
	}
	eff := p.flags
	if eff&ASCII == 0 {
		eff |= UNICODE
	}
	return &translation{
		goPattern: prefix + body, flags: eff,
		groups: p.groups, names: p.nameList, goIndex: p.goIndex, closeOrder: p.closeOrder,
		hidden: p.hidden, needsCtx: p.needsCtx,
	}, nil
}

func (p *parser) scopeOf(f Flags) scope {
	return scope{ignoreCase: f&IGNORECASE != 0, multiline: f&MULTILINE != 0,
		dotAll: f&DOTALL != 0, verbose: f&VERBOSE != 0, ascii: f&ASCII != 0}
}

// notSupported records the first construct RE2 cannot express; parsing continues so that
// ordinary syntax errors later in the pattern are still reported first, as CPython would.
func (p *parser) notSupported(what string) {
	if p.unsupported == nil {
		p.unsupported = &Error{Type: "NotImplementedError", Msg: "re: " + what + " not supported in Asobiba", Pos: -1}
	}
}

// parseSub parses alternatives separated by '|'.
func (p *parser) parseSub(sc scope, nested int) string {
	var branches []string
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
	return strings.Join(branches, "|")
}

// parse parses one branch: a sequence of items up to '|' or ')'.
func (p *parser) parse(sc *scope, nested int, first bool) string {
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
			items = append(items, item{kOther, p.class(sc)})
		case strings.Contains("*+?{", this):
			var ok bool
			if items, ok = p.repeat(this, items); !ok {
				items = append(items, item{kLiteral, `\{`})
			}
		case this == ".":
			if sc.dotAll {
				items = append(items, item{kOther, `(?s:.)`})
			} else {
				items = append(items, item{kOther, `[^\n]`})
			}
		case this == "(":
			it, isItem := p.group(sc, nested, first && len(items) == 0)
			if isItem {
				items = append(items, it)
			}
		case this == "^":
			items = append(items, item{kAt, p.caret(sc)})
		case this == "$":
			items = append(items, item{kAt, p.dollar(sc)})
		}
	}
	var b strings.Builder
	for _, it := range items {
		b.WriteString(it.text)
	}
	return b.String()
}

func (p *parser) caret(sc *scope) string {
	p.needsCtx = true
	if sc.multiline {
		return `(?m:^)`
	}
	if p.opts.noStart {
		return never
	}
	return `\A`
}

func (p *parser) dollar(sc *scope) string {
	if sc.multiline {
		return `(?m:$)`
	}
	if p.opts.dollarIsEnd {
		return `\z`
	}
	p.goGroups++
	p.hidden = append(p.hidden, p.goGroups)
	return `(\n?\z)`
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
	var q string
	switch {
	case lo == 0 && hi == maxRepeat:
		q = "*"
	case lo == 1 && hi == maxRepeat:
		q = "+"
	case lo == 0 && hi == 1:
		q = "?"
	case hi == maxRepeat:
		q = fmt.Sprintf("{%d,}", lo)
	case lo == hi:
		q = fmt.Sprintf("{%d}", lo)
	default:
		q = fmt.Sprintf("{%d,%d}", lo, hi)
	}
	if lo > goMaxRep || (hi != maxRepeat && hi > goMaxRep) {
		p.notSupported("repetition counts above 1000 are")
	}
	if t.match("?") {
		q += "?"
	} else if t.match("+") {
		p.notSupported("possessive quantifiers (*+, ++, ?+, {m,n}+) are")
	}
	last := &items[len(items)-1]
	last.text = "(?:" + last.text + ")" + q
	last.kind = kRepeat
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
