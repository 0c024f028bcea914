package syntax

// This file scans numeric literals, string literals and the parts of
// f-strings, following CPython 3.12's tokenizer. It only finds where each
// literal ends and reports malformed ones; the values are decoded by the
// parser (see literal.go).

import "github.com/asobiba/asobiba/runtime/internal/msgfmt"

// decimalTail reads the digits (and single underscores between digits)
// that follow a first digit already read. It returns the first character
// after them, or false after an error.
func (s *scanner) decimalTail() (rune, bool) {
	for {
		c := s.nextc()
		for isDigit(c) {
			c = s.nextc()
		}
		if c != '_' {
			return c, true
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			s.syntaxError("invalid decimal literal")
			return 0, false
		}
	}
}

// lookahead reports whether the next characters are word followed by a
// character that can not continue an identifier. It consumes nothing.
func (s *scanner) lookahead(word string) bool {
	save := s.cur
	defer func() { s.cur = save }()
	for _, w := range word {
		if s.nextc() != w {
			return false
		}
	}
	return !isPotentialIdentifierChar(s.nextc())
}

// verifyEnd checks the character c that follows a number. A letter there
// is an error, except before a keyword that may follow a number in valid
// code (1if x else y), which only deserves a warning.
func (s *scanner) verifyEnd(c rune, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.peek()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		s.warnings = append(s.warnings, Warning{Category: "SyntaxWarning", Msg: msgfmt.Sprintf("invalid %s literal", kind), Filename: s.filename, Pos: s.tokStart.pos()})
		return true
	}
	if c >= 0 && c < 128 && isPotentialIdentifierChar(c) {
		s.backup(c)
		s.syntaxError("invalid %s literal", kind)
		return false
	}
	return true
}

// number scans a numeric literal whose first character c has been read.
// If c is '.', d is the digit read after it.
func (s *scanner) number(c, d rune) Lexeme {
	if c == '.' {
		return s.fraction(d)
	}
	if c == '0' {
		c = s.nextc()
		switch c {
		case 'x', 'X':
			return s.radixNumber("hexadecimal", isHexDigit, false)
		case 'o', 'O':
			return s.radixNumber("octal", func(c rune) bool { return c >= '0' && c <= '7' }, true)
		case 'b', 'B':
			return s.radixNumber("binary", func(c rune) bool { return c == '0' || c == '1' }, true)
		}
		nonzero := false
		for {
			if c == '_' {
				c = s.nextc()
				if !isDigit(c) {
					s.backup(c)
					return s.syntaxError("invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			c = s.nextc()
		}
		zerosEnd := s.cur
		if isDigit(c) {
			nonzero = true
			var ok bool
			if c, ok = s.decimalTail(); !ok {
				return s.illegal()
			}
		}
		switch {
		case c == '.':
			return s.fraction(s.nextc())
		case c == 'e' || c == 'E' || c == 'j' || c == 'J':
			return s.exponentAndSuffix(c, INT)
		case nonzero:
			s.backup(c)
			s.errorAt(SyntaxErrorKind, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
				s.tokStart.pos(), Pos{zerosEnd.line, zerosEnd.col - 1})
			return s.illegal()
		}
		if !s.verifyEnd(c, "decimal") {
			return s.illegal()
		}
		s.backup(c)
		return s.token(INT)
	}
	c, ok := s.decimalTail()
	if !ok {
		return s.illegal()
	}
	if c == '.' {
		return s.fraction(s.nextc())
	}
	return s.exponentAndSuffix(c, INT)
}

// radixNumber scans the digits of a 0x, 0o or 0b literal after its prefix.
func (s *scanner) radixNumber(kind string, isDig func(rune) bool, decimalDigitsAreErrors bool) Lexeme {
	c := s.nextc()
	for {
		if c == '_' {
			c = s.nextc()
		}
		if !isDig(c) {
			if decimalDigitsAreErrors && isDigit(c) {
				return s.syntaxError("invalid digit '%c' in %s literal", c, kind)
			}
			s.backup(c)
			return s.syntaxError("invalid %s literal", kind)
		}
		for isDig(c) {
			c = s.nextc()
		}
		if c != '_' {
			break
		}
	}
	if decimalDigitsAreErrors && isDigit(c) {
		return s.syntaxError("invalid digit '%c' in %s literal", c, kind)
	}
	if !s.verifyEnd(c, kind) {
		return s.illegal()
	}
	s.backup(c)
	return s.token(INT)
}

// fraction scans the digits after a decimal point; c is the character
// after the point.
func (s *scanner) fraction(c rune) Lexeme {
	if isDigit(c) {
		var ok bool
		if c, ok = s.decimalTail(); !ok {
			return s.illegal()
		}
	}
	return s.exponentAndSuffix(c, FLOAT)
}

// exponentAndSuffix scans an optional exponent and imaginary suffix; c is
// the character after the mantissa and kind the mantissa's kind.
func (s *scanner) exponentAndSuffix(c rune, kind Token) Lexeme {
	if c == 'e' || c == 'E' {
		e := c
		c = s.nextc()
		if c == '+' || c == '-' {
			c = s.nextc()
			if !isDigit(c) {
				s.backup(c)
				return s.syntaxError("invalid decimal literal")
			}
		} else if !isDigit(c) {
			s.backup(c)
			if !s.verifyEnd(e, "decimal") {
				return s.illegal()
			}
			s.backup(e)
			return s.token(kind)
		}
		var ok bool
		if c, ok = s.decimalTail(); !ok {
			return s.illegal()
		}
		kind = FLOAT
	}
	if c == 'j' || c == 'J' {
		c = s.nextc()
		if !s.verifyEnd(c, "imaginary") {
			return s.illegal()
		}
		s.backup(c)
		return s.token(IMAG)
	}
	if !s.verifyEnd(c, "decimal") {
		return s.illegal()
	}
	s.backup(c)
	return s.token(kind)
}

// stringLiteral scans a string or bytes literal whose opening quote has
// just been read; tokStart is at its prefix.
func (s *scanner) stringLiteral(quote rune) Lexeme {
	quoteSize, endQuoteSize := 1, 0
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // the empty string
		}
	}
	if c != quote {
		s.backup(c)
	}
	for endQuoteSize != quoteSize {
		c = s.nextc()
		if c == eofRune || quoteSize == 1 && c == '\n' {
			detected := s.cur.line - 1
			p := s.tokStart.pos()
			if n := len(s.modes); n > 0 && s.modes[n-1].quote == quote && s.modes[n-1].quoteSize == quoteSize {
				s.errorAt(SyntaxErrorKind, "f-string: expecting '}'", p, p)
			} else if quoteSize == 3 {
				s.errorAt(SyntaxErrorKind, msgfmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected), p, p)
			} else {
				s.errorAt(SyntaxErrorKind, msgfmt.Sprintf("unterminated string literal (detected at line %d)", detected), p, p)
			}
			return s.illegal()
		}
		if c == quote {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				s.nextc() // skip the escaped character
			}
		}
	}
	return s.token(STRING)
}

// fstringStart scans the opening quote of an f-string whose prefix has
// been read, and enters f-string mode.
func (s *scanner) fstringStart(quote rune) Lexeme {
	quoteSize := 1
	after := s.nextc()
	if after == quote {
		afterAfter := s.nextc()
		if afterAfter == quote {
			quoteSize = 3
		} else {
			s.backup(afterAfter)
			s.backup(after)
		}
	} else {
		s.backup(after)
	}
	if len(s.modes)+1 >= maxFStrLevel {
		return s.syntaxError("too many nested f-strings")
	}
	raw := false
	for _, b := range s.src[s.tokStart.off:s.cur.off] {
		if b == 'r' || b == 'R' {
			raw = true
		}
	}
	s.modes = append(s.modes, &fstringMode{
		quote:          quote,
		quoteSize:      quoteSize,
		raw:            raw,
		start:          s.tokStart,
		exprStartDepth: -1,
	})
	return s.token(FSTRING_START)
}

// fstringToken scans in f-string mode: literal text up to a replacement
// field or the closing quote (CPython's tok_get_fstring_mode).
func (s *scanner) fstringToken(fm *fstringMode) Lexeme {
	s.tokStart = s.cur
	first := s.nextc()
	if first == '{' {
		peek := s.nextc()
		s.backup(peek)
		s.backup(first)
		if peek != '{' {
			fm.exprStartDepth++
			if fm.exprStartDepth >= maxExprNest {
				return s.syntaxError("f-string: expressions nested too deeply")
			}
			fm.inExpr = true
			return s.normalToken()
		}
	} else {
		s.backup(first)
	}

	// The closing quote?
	atEnd := true
	for i := 0; i < fm.quoteSize; i++ {
		q := s.nextc()
		if q != fm.quote {
			s.backup(q)
			atEnd = false
			break
		}
	}
	if atEnd {
		s.modes = s.modes[:len(s.modes)-1]
		return s.token(FSTRING_END)
	}

	// Literal text.
	endQuoteSize := 0
	unicodeEscape := false
	middle := func(end cursor) Lexeme { return s.tokenRange(FSTRING_MIDDLE, s.tokStart, end) }
	// doubledBrace returns the text before the cursor without the second
	// brace of {{ or }}; the token itself ends at the cursor, as in CPython.
	doubledBrace := func() Lexeme {
		t := middle(s.cur)
		t.Text = t.Text[:len(t.Text)-1]
		return t
	}
	for endQuoteSize != fm.quoteSize {
		c := s.nextc()
		inFormatSpec := fm.exprEnded && fm.exprStartDepth >= 0
		if c == eofRune || fm.quoteSize == 1 && c == '\n' {
			if inFormatSpec && c == '\n' {
				s.backup(c)
				fm.inExpr = true
				return middle(s.cur)
			}
			detected := s.cur.line - 1
			p := fm.start.pos()
			if fm.quoteSize == 3 {
				s.errorAt(SyntaxErrorKind, msgfmt.Sprintf("unterminated triple-quoted f-string literal (detected at line %d)", detected), p, p)
			} else {
				s.errorAt(SyntaxErrorKind, msgfmt.Sprintf("unterminated f-string literal (detected at line %d)", detected), p, p)
			}
			return s.illegal()
		}
		if c == fm.quote {
			endQuoteSize++
			continue
		}
		endQuoteSize = 0
		switch c {
		case '{':
			peek := s.nextc()
			if peek != '{' || inFormatSpec {
				s.backup(peek)
				s.backup(c)
				fm.exprStartDepth++
				if fm.exprStartDepth >= maxExprNest {
					return s.syntaxError("f-string: expressions nested too deeply")
				}
				fm.inExpr = true
				return middle(s.cur)
			}
			return doubledBrace()
		case '}':
			if unicodeEscape {
				return middle(s.cur)
			}
			peek := s.nextc()
			if peek == '}' && !inFormatSpec {
				return doubledBrace()
			}
			s.backup(peek)
			s.backup(c)
			fm.inExpr = true
			return middle(s.cur)
		case '\\':
			peek := s.nextc()
			if peek == '{' || peek == '}' {
				if !fm.raw {
					s.warnings = append(s.warnings, Warning{Category: "SyntaxWarning", Msg: msgfmt.Sprintf("invalid escape sequence '\\%c'", peek), Filename: s.filename, Pos: s.cur.pos()})
				}
				s.backup(peek)
				continue
			}
			if !fm.raw && peek == 'N' {
				peek = s.nextc()
				if peek == '{' {
					unicodeEscape = true
				} else {
					s.backup(peek)
				}
			}
		}
	}
	for i := 0; i < fm.quoteSize; i++ {
		s.backup(fm.quote)
	}
	return middle(s.cur)
}
