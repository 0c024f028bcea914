package pyre

// The parser builds a tree of nodes, much as sre_parse builds its list of (opcode, argument)
// pairs; compile.go turns the tree into a program for the matcher.

// nodeOp is the kind of a node.
type nodeOp uint8

const (
	nEmpty   nodeOp = iota // matches the empty string
	nLit                   // one code point: r (fold, asciiFold)
	nAny                   // . : any code point but \n, or any at all with dotAll
	nClass                 // a bracketed class or a category: cls
	nAt                    // a zero-width assertion: at
	nSeq                   // subs in order
	nAlt                   // subs in priority order
	nGroup                 // a capturing group: group, sub
	nRepeat                // sub repeated min..max times: greedy, possessive
	nLook                  // a lookaround assertion on sub: behind, negate
	nAtomic                // (?>sub)
	nBackref               // the text group matched (fold, asciiFold)
	nCond                  // (?(group)yes|no): subs[0] is yes, subs[1] no
)

// atKind is the kind of a zero-width assertion.
type atKind uint8

const (
	atBeginning     atKind = iota // \A and ^ without MULTILINE
	atBeginningLine               // ^ with MULTILINE
	atEnd                         // $ without MULTILINE: the end, or before a final newline
	atEndLine                     // $ with MULTILINE
	atEndString                   // \Z
	atBoundary                    // \b
	atNonBoundary                 // \B
)

// node is one element of a parsed pattern.
type node struct {
	op         nodeOp
	r          rune
	fold       bool // IGNORECASE with Unicode rules
	asciiFold  bool // IGNORECASE under re.ASCII: only ASCII letters fold
	ascii      bool // \b and \B use ASCII word characters
	dotAll     bool
	at         atKind
	cls        *charClass
	subs       []*node
	sub        *node
	group      int
	min, max   int
	greedy     bool
	possessive bool
	behind     bool
	negate     bool
}

// maxWidth is sre's MAXWIDTH: the width of an unbounded pattern.
const maxWidth = 1 << 62

// width returns the least and greatest number of code points n can match, as
// SubPattern.getwidth does; groupWidths gives the widths of the groups for backreferences.
func (n *node) width(groupWidths [][2]int) (lo, hi int) {
	switch n.op {
	case nLit, nAny, nClass:
		return 1, 1
	case nSeq:
		for _, s := range n.subs {
			l, h := s.width(groupWidths)
			lo, hi = min(lo+l, maxWidth), min(hi+h, maxWidth)
		}
		return lo, hi
	case nAlt:
		lo = maxWidth
		for _, s := range n.subs {
			l, h := s.width(groupWidths)
			lo, hi = min(lo, l), max(hi, h)
		}
		return lo, hi
	case nGroup, nAtomic:
		return n.sub.width(groupWidths)
	case nRepeat:
		l, h := n.sub.width(groupWidths)
		lo = mulWidth(l, n.min)
		if n.max == maxRepeat && h > 0 {
			return lo, maxWidth
		}
		return lo, mulWidth(h, n.max)
	case nBackref:
		if n.group < len(groupWidths) {
			return groupWidths[n.group][0], groupWidths[n.group][1]
		}
		return 0, maxWidth
	case nCond:
		lo, hi = n.subs[0].width(groupWidths)
		if n.subs[1] != nil {
			l, h := n.subs[1].width(groupWidths)
			return min(lo, l), max(hi, h)
		}
		return 0, hi
	}
	return 0, 0
}

func mulWidth(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a >= maxWidth/b {
		return maxWidth
	}
	return a * b
}

// seqOf returns a node for a sequence of items.
func seqOf(nodes []*node) *node {
	switch len(nodes) {
	case 0:
		return &node{op: nEmpty}
	case 1:
		return nodes[0]
	}
	return &node{op: nSeq, subs: nodes}
}
