package syntax

// This file declares the nodes of the match statement (PEP 634): the
// statement, its cases and the patterns, with the shapes and field names
// of CPython 3.12's ast module (Match, match_case and the pattern
// classes). As elsewhere, an absent identifier is "" and an absent node is
// nil.

// Pattern is implemented by every pattern node.
type Pattern interface {
	Node
	patternNode()
}

// Match is a match statement.
type Match struct {
	Span
	Subject Expr
	Cases   []*MatchCase
}

// MatchCase is one case block of a match statement (CPython's match_case,
// which has no position attributes; the Span covers 'case' to the end of
// the body for error reporting only).
type MatchCase struct {
	Span
	Pattern Pattern
	Guard   Expr // the expression after 'if', or nil
	Body    []Stmt
}

// MatchValue matches a value compared with ==: a literal, a signed or
// complex number, or a dotted name.
type MatchValue struct {
	Span
	Value Expr
}

// MatchSingleton matches None, True or False by identity. Value is nil,
// true or false.
type MatchSingleton struct {
	Span
	Value any
}

// MatchSequence matches a sequence pattern [a, *b] or (a, b) or a, b.
type MatchSequence struct {
	Span
	Patterns []Pattern
}

// MatchMapping matches a mapping pattern {key: pattern, **rest}.
type MatchMapping struct {
	Span
	Keys     []Expr
	Patterns []Pattern
	Rest     string // the name after '**', or ""
}

// MatchClass matches a class pattern Cls(p, attr=q).
type MatchClass struct {
	Span
	Cls         Expr // a Name or Attribute
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is the starred element of a sequence pattern; Name is "" for
// *_.
type MatchStar struct {
	Span
	Name string
}

// MatchAs is a capture pattern (Pattern nil), the wildcard _ (both
// absent), or an as-pattern p as name.
type MatchAs struct {
	Span
	Pattern Pattern
	Name    string
}

// MatchOr is an or-pattern p | q.
type MatchOr struct {
	Span
	Patterns []Pattern
}

func (*Match) stmtNode() {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
