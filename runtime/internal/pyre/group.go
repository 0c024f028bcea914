package pyre

import (
	"strconv"
	"strings"
)

// flagLetters maps inline flag letters to flags.
var flagLetters = map[string]Flags{"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
	"x": VERBOSE, "a": ASCII, "t": TEMPLATE, "u": UNICODE}

const typeFlags = ASCII | LOCALE | UNICODE
const globalFlags = DEBUG | TEMPLATE

// group parses what follows '('. It returns isItem == false for constructs that add nothing
// (comments and global flags).
func (p *parser) group(sc *scope, nested int, first bool) (item, bool) {
	t := p.tok
	start := t.tell() - 1
	capture := true
	name := ""
	hasName := false
	atomic := false
	var addFlags, delFlags Flags
	if t.match("?") {
		char := t.get()
		if char == "" {
			t.fail(0, "unexpected end of pattern")
		}
		switch {
		case char == "P":
			switch {
			case t.match("<"):
				name = t.getUntil(">", "group name")
				hasName = true
				t.checkGroupName(name, 1)
			case t.match("="):
				name = t.getUntil(")", "group name")
				t.checkGroupName(name, 1)
				gid, ok := p.names[name]
				if !ok {
					t.fail(len([]rune(name))+1, "unknown group name "+pyRepr(name))
				}
				if p.open[gid] {
					t.fail(len([]rune(name))+1, "cannot refer to an open group")
				}
				p.checkLookbehindGroup(gid)
				return item{kOther, p.backref(gid, sc)}, true
			default:
				char = t.get()
				if char == "" {
					t.fail(0, "unexpected end of pattern")
				}
				t.fail(len([]rune(char))+2, "unknown extension ?P"+char)
			}
		case char == ":":
			capture = false
		case char == "#":
			for {
				if t.next == "" {
					t.fail(t.tell()-start, "missing ), unterminated comment")
				}
				if t.get() == ")" {
					break
				}
			}
			return item{}, false
		case char == "=" || char == "!" || char == "<":
			look := &node{op: nLook, negate: char == "!"}
			if char == "<" {
				char = t.get()
				if char == "" {
					t.fail(0, "unexpected end of pattern")
				}
				if char != "=" && char != "!" {
					t.fail(len([]rune(char))+2, "unknown extension ?<"+char)
				}
				look.behind, look.negate = true, char == "!"
			}
			outer := p.lookbehindGroups
			if look.behind && outer < 0 {
				p.lookbehindGroups = p.groups + 1
			}
			look.sub = p.parseSub(*sc, nested+1)
			if look.behind {
				p.lookbehindGroups = outer
			}
			if !t.match(")") {
				t.fail(t.tell()-start, "missing ), unterminated subpattern")
			}
			return item{kOther, look}, true
		case char == "(":
			return item{kOther, p.conditional(sc, nested, start)}, true
		case char == ">":
			capture = false
			atomic = true
		case flagLetters[char] != 0 || char == "-":
			add, del, global := p.parseFlags(char)
			if global {
				if !first {
					t.fail(t.tell()-start, "global flags not at the start of the expression")
				}
				p.flags |= add
				*sc = p.scopeOf(p.flags)
				return item{}, false
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			t.fail(len([]rune(char))+1, "unknown extension ?"+char)
		}
	}
	group := 0
	if capture {
		p.groups++
		group = p.groups
		if p.groups > maxGroups {
			panic(bail{&Error{Type: "error", Msg: "too many groups", Pos: -1}})
		}
		if hasName {
			if old, ok := p.names[name]; ok {
				t.fail(len([]rune(name))+1, "redefinition of group name "+pyRepr(name)+" as group "+
					strconv.Itoa(group)+"; was group "+strconv.Itoa(old))
			}
			p.names[name] = group
		}
		p.nameList = append(p.nameList, name)
		p.groupWidths = append(p.groupWidths, [2]int{0, maxWidth})
		p.open[group] = true
	}
	inner := *sc
	apply := func(f Flags, on bool) {
		if f&IGNORECASE != 0 {
			inner.ignoreCase = on
		}
		if f&MULTILINE != 0 {
			inner.multiline = on
		}
		if f&DOTALL != 0 {
			inner.dotAll = on
		}
		if f&VERBOSE != 0 {
			inner.verbose = on
		}
		if f&ASCII != 0 {
			inner.ascii = on
		}
		if f&UNICODE != 0 && on {
			inner.ascii = false
		}
	}
	apply(addFlags, true)
	apply(delFlags, false)
	body := p.parseSub(inner, nested+1)
	if !t.match(")") {
		t.fail(t.tell()-start, "missing ), unterminated subpattern")
	}
	if capture {
		delete(p.open, group)
		lo, hi := body.width(p.groupWidths)
		p.groupWidths[group] = [2]int{lo, hi}
		return item{kOther, &node{op: nGroup, group: group, sub: body}}, true
	}
	if atomic {
		return item{kOther, &node{op: nAtomic, sub: body}}, true
	}
	return item{kOther, body}, true
}

// backref returns the node for a reference to group gid in scope sc.
func (p *parser) backref(gid int, sc *scope) *node {
	return &node{op: nBackref, group: gid, fold: sc.ignoreCase && !sc.ascii, asciiFold: sc.ignoreCase && sc.ascii}
}

// checkLookbehindGroup is state.checklookbehindgroup: inside a lookbehind, a reference must
// be to a group defined before the lookbehind.
func (p *parser) checkLookbehindGroup(gid int) {
	if p.lookbehindGroups < 0 {
		return
	}
	if gid > p.groups || p.open[gid] {
		p.tok.fail(0, "cannot refer to an open group")
	}
	if gid >= p.lookbehindGroups {
		p.tok.fail(0, "cannot refer to group defined in the same lookbehind subpattern")
	}
}

// parseFlags parses inline flags after "(?" (char is the first letter or '-'), as
// sre_parse._parse_flags does. global reports the "(?flags)" form.
func (p *parser) parseFlags(char string) (add, del Flags, global bool) {
	t := p.tok
	if char != "-" {
		for {
			flag := flagLetters[char]
			if char == "L" {
				t.fail(0, "bad inline flags: cannot use 'L' flag with a str pattern")
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				t.fail(0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
			}
			char = t.get()
			if char == "" {
				t.fail(0, "missing -, : or )")
			}
			if char == ")" || char == "-" || char == ":" {
				break
			}
			if flagLetters[char] == 0 {
				msg := "missing -, : or )"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				t.fail(len([]rune(char)), msg)
			}
		}
	}
	if char == ")" {
		return add, 0, true
	}
	if add&globalFlags != 0 {
		t.fail(1, "bad inline flags: cannot turn on global flag")
	}
	if char == "-" {
		char = t.get()
		if char == "" {
			t.fail(0, "missing flag")
		}
		if flagLetters[char] == 0 {
			msg := "missing flag"
			if isAlpha(char) {
				msg = "unknown flag"
			}
			t.fail(len([]rune(char)), msg)
		}
		for {
			flag := flagLetters[char]
			if flag&typeFlags != 0 {
				t.fail(0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
			}
			del |= flag
			char = t.get()
			if char == "" {
				t.fail(0, "missing :")
			}
			if char == ":" {
				break
			}
			if flagLetters[char] == 0 {
				msg := "missing :"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				t.fail(len([]rune(char)), msg)
			}
		}
	}
	if del&globalFlags != 0 {
		t.fail(1, "bad inline flags: cannot turn off global flag")
	}
	if add&del != 0 {
		t.fail(1, "bad inline flags: flag turned on and off")
	}
	return add, del, false
}

func isAlpha(tok string) bool {
	r := []rune(tok)
	return len(r) == 1 && (strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", r[0]) || r[0] > 0x7f && isIdentifier(tok))
}

// conditional parses "(?(group)yes|no)" after "(?(".
func (p *parser) conditional(sc *scope, nested, start int) *node {
	t := p.tok
	condName := t.getUntil(")", "group name")
	var gid int
	if isIdentifier(condName) {
		g, ok := p.names[condName]
		if !ok {
			t.fail(len([]rune(condName))+1, "unknown group name "+pyRepr(condName))
		}
		gid = g
	} else {
		n, err := strconv.Atoi(decimalDigits(condName))
		if err != nil || n < 0 {
			t.fail(len([]rune(condName))+1, "bad character in group name "+pyRepr(condName))
		}
		if n == 0 {
			t.fail(len([]rune(condName))+1, "bad group number")
		}
		if n >= maxGroups {
			t.fail(len([]rune(condName))+1, "invalid group reference "+strconv.Itoa(n))
		}
		if _, seen := p.grouprefPos[n]; !seen {
			p.grouprefPos[n] = t.tell() - len([]rune(condName)) - 1
		}
		gid = n
	}
	p.checkLookbehindGroup(gid)
	cond := &node{op: nCond, group: gid, subs: []*node{p.parse(sc, nested+1, false), nil}}
	if t.match("|") {
		cond.subs[1] = p.parse(sc, nested+1, false)
		if t.next == "|" {
			t.fail(0, "conditional backref with more than two branches")
		}
	}
	if !t.match(")") {
		t.fail(t.tell()-start, "missing ), unterminated subpattern")
	}
	return cond
}
