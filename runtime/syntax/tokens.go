package syntax

// Token is the kind of a lexical token.
type Token uint8

// The token kinds. Operator and keyword kinds are named after their
// spelling; see Token.String.
const (
	ILLEGAL Token = iota // an error marker that ends a token stream
	EOF                  // end of input (CPython's ENDMARKER)

	NEWLINE // end of a logical line
	INDENT  // increase of the indentation level
	DEDENT  // decrease of the indentation level

	NAME           // an identifier (including the soft keywords match, case, type and _)
	INT            // an integer literal
	FLOAT          // a floating-point literal
	IMAG           // an imaginary literal such as 3j
	STRING         // a string or bytes literal, including its prefix and quotes
	FSTRING_START  // the prefix and opening quote of an f-string: f"
	FSTRING_MIDDLE // literal text inside an f-string or its format spec
	FSTRING_END    // the closing quote of an f-string

	// Operators and punctuation.
	LPAREN        // (
	RPAREN        // )
	LBRACK        // [
	RBRACK        // ]
	LBRACE        // {
	RBRACE        // }
	COLON         // :
	COMMA         // ,
	SEMI          // ;
	PLUS          // +
	MINUS         // -
	STAR          // *
	SLASH         // /
	PIPE          // |
	AMP           // &
	LT            // <
	GT            // >
	EQ            // =
	DOT           // .
	PERCENT       // %
	EQL           // ==
	NEQ           // !=
	LE            // <=
	GE            // >=
	TILDE         // ~
	CIRCUMFLEX    // ^
	LTLT          // <<
	GTGT          // >>
	STARSTAR      // **
	PLUS_EQ       // +=
	MINUS_EQ      // -=
	STAR_EQ       // *=
	SLASH_EQ      // /=
	PERCENT_EQ    // %=
	AMP_EQ        // &=
	PIPE_EQ       // |=
	CIRCUMFLEX_EQ // ^=
	LTLT_EQ       // <<=
	GTGT_EQ       // >>=
	STARSTAR_EQ   // **=
	SLASHSLASH    // //
	SLASHSLASH_EQ // //=
	AT            // @
	AT_EQ         // @=
	ARROW         // ->
	ELLIPSIS      // ...
	COLONEQ       // :=
	BANG          // ! (only meaningful in f-strings)
	NOTEQ_ALT     // <> (accepted only to report an error)
	OP            // any other character, such as $ or ?; never valid

	// Keywords.
	FALSE    // False
	NONE     // None
	TRUE     // True
	AND      // and
	AS       // as
	ASSERT   // assert
	ASYNC    // async
	AWAIT    // await
	BREAK    // break
	CLASS    // class
	CONTINUE // continue
	DEF      // def
	DEL      // del
	ELIF     // elif
	ELSE     // else
	EXCEPT   // except
	FINALLY  // finally
	FOR      // for
	FROM     // from
	GLOBAL   // global
	IF       // if
	IMPORT   // import
	IN       // in
	IS       // is
	LAMBDA   // lambda
	NONLOCAL // nonlocal
	NOT      // not
	OR       // or
	PASS     // pass
	RAISE    // raise
	RETURN   // return
	TRY      // try
	WHILE    // while
	WITH     // with
	YIELD    // yield

	maxToken
)

var tokenNames = [...]string{
	ILLEGAL:        "illegal token",
	EOF:            "end of file",
	NEWLINE:        "newline",
	INDENT:         "indent",
	DEDENT:         "dedent",
	NAME:           "name",
	INT:            "integer literal",
	FLOAT:          "float literal",
	IMAG:           "imaginary literal",
	STRING:         "string literal",
	FSTRING_START:  "f-string start",
	FSTRING_MIDDLE: "f-string middle",
	FSTRING_END:    "f-string end",
	LPAREN:         "(",
	RPAREN:         ")",
	LBRACK:         "[",
	RBRACK:         "]",
	LBRACE:         "{",
	RBRACE:         "}",
	COLON:          ":",
	COMMA:          ",",
	SEMI:           ";",
	PLUS:           "+",
	MINUS:          "-",
	STAR:           "*",
	SLASH:          "/",
	PIPE:           "|",
	AMP:            "&",
	LT:             "<",
	GT:             ">",
	EQ:             "=",
	DOT:            ".",
	PERCENT:        "%",
	EQL:            "==",
	NEQ:            "!=",
	LE:             "<=",
	GE:             ">=",
	TILDE:          "~",
	CIRCUMFLEX:     "^",
	LTLT:           "<<",
	GTGT:           ">>",
	STARSTAR:       "**",
	PLUS_EQ:        "+=",
	MINUS_EQ:       "-=",
	STAR_EQ:        "*=",
	SLASH_EQ:       "/=",
	PERCENT_EQ:     "%=",
	AMP_EQ:         "&=",
	PIPE_EQ:        "|=",
	CIRCUMFLEX_EQ:  "^=",
	LTLT_EQ:        "<<=",
	GTGT_EQ:        ">>=",
	STARSTAR_EQ:    "**=",
	SLASHSLASH:     "//",
	SLASHSLASH_EQ:  "//=",
	AT:             "@",
	AT_EQ:          "@=",
	ARROW:          "->",
	ELLIPSIS:       "...",
	COLONEQ:        ":=",
	BANG:           "!",
	NOTEQ_ALT:      "<>",
	OP:             "operator",
	FALSE:          "False",
	NONE:           "None",
	TRUE:           "True",
	AND:            "and",
	AS:             "as",
	ASSERT:         "assert",
	ASYNC:          "async",
	AWAIT:          "await",
	BREAK:          "break",
	CLASS:          "class",
	CONTINUE:       "continue",
	DEF:            "def",
	DEL:            "del",
	ELIF:           "elif",
	ELSE:           "else",
	EXCEPT:         "except",
	FINALLY:        "finally",
	FOR:            "for",
	FROM:           "from",
	GLOBAL:         "global",
	IF:             "if",
	IMPORT:         "import",
	IN:             "in",
	IS:             "is",
	LAMBDA:         "lambda",
	NONLOCAL:       "nonlocal",
	NOT:            "not",
	OR:             "or",
	PASS:           "pass",
	RAISE:          "raise",
	RETURN:         "return",
	TRY:            "try",
	WHILE:          "while",
	WITH:           "with",
	YIELD:          "yield",
}

// String returns the spelling of an operator or keyword token, or a
// description such as "name" for the other kinds.
func (t Token) String() string {
	if int(t) < len(tokenNames) && tokenNames[t] != "" {
		return tokenNames[t]
	}
	return "?"
}

// IsKeyword reports whether t is one of Python's hard keywords.
func (t Token) IsKeyword() bool { return t >= FALSE && t <= YIELD }

// keywords maps the spelling of each hard keyword to its token.
var keywords = func() map[string]Token {
	m := make(map[string]Token)
	for t := FALSE; t <= YIELD; t++ {
		m[tokenNames[t]] = t
	}
	return m
}()

// Lexeme is one token scanned from the source.
type Lexeme struct {
	Kind Token
	Pos  Pos // the first character of the token
	End  Pos // just after the last character of the token
	// Off and EndOff are the byte offsets of the token in the source, after
	// the removal of a byte-order mark and the conversion of \r\n and \r
	// line endings to \n.
	Off, EndOff int
	// Text is the source text of the token. For NAME it is the identifier
	// normalized to NFKC, as Python does. For FSTRING_MIDDLE it is the
	// literal text with doubled braces already reduced to single ones, but
	// with backslash escapes still to be decoded.
	Text string
}

// twoCharOps and threeCharOps map operator spellings to tokens.
var twoCharOps = map[string]Token{
	"!=": NEQ, "%=": PERCENT_EQ, "&=": AMP_EQ, "**": STARSTAR, "*=": STAR_EQ,
	"+=": PLUS_EQ, "-=": MINUS_EQ, "->": ARROW, "//": SLASHSLASH, "/=": SLASH_EQ,
	":=": COLONEQ, "<<": LTLT, "<=": LE, "<>": NOTEQ_ALT, "==": EQL, ">=": GE,
	">>": GTGT, "@=": AT_EQ, "^=": CIRCUMFLEX_EQ, "|=": PIPE_EQ,
}

var threeCharOps = map[string]Token{
	"**=": STARSTAR_EQ, "...": ELLIPSIS, "//=": SLASHSLASH_EQ,
	"<<=": LTLT_EQ, ">>=": GTGT_EQ,
}

var oneCharOps = [128]Token{
	'!': BANG, '%': PERCENT, '&': AMP, '(': LPAREN, ')': RPAREN, '*': STAR,
	'+': PLUS, ',': COMMA, '-': MINUS, '.': DOT, '/': SLASH, ':': COLON,
	';': SEMI, '<': LT, '=': EQ, '>': GT, '@': AT, '[': LBRACK, ']': RBRACK,
	'^': CIRCUMFLEX, '{': LBRACE, '|': PIPE, '}': RBRACE, '~': TILDE,
}
