// Package pyfmt formats and parses numbers and strings exactly as CPython 3.12 does.
//
// # Design
//
// Learners notice every character of output, so the float that prints as 0.1 in CPython must
// print as 0.1 here, f"{x:>10,.2f}" must pad, group and round the same way, and the error for
// int("abc") must read the same. This package is the one place where those rules live; the
// VM calls it and never formats numbers itself.
//
// The package is a leaf: it imports only the standard library and knows nothing about the
// VM's value types. Where it needs something only the VM can provide (str() of an arbitrary
// object for "%s", the type name of a value for an error message) it asks through the small
// Value interface used by PercentFormat. Every error is an *Error carrying the Python exception
// class name and CPython's message, so the VM can raise it unchanged.
//
// Floats. CPython prints floats through David Gay's dtoa: repr uses the shortest digit string
// that round-trips, and fixed-precision formats are correctly rounded (ties to even on exact
// binary values). Go's strconv does the same two things, so this package uses strconv only to
// obtain digit strings and places the decimal point, exponent, sign and padding itself,
// following CPython's rules (repr switches to exponent notation when the decimal exponent is
// below -4 or at least 16; 'g' when it is below -4 or at least the precision; exponents have
// at least two digits).
//
// Format specs. ParseSpec does the parsing that does not depend on the object's type; the
// Format functions apply the type's defaults and report the type-dependent errors in the
// order CPython checks them, because a learner's typo should produce CPython's first error,
// not some other valid complaint. Padding, alignment and precision count code points, not
// bytes, so Japanese text lines up as it does in CPython. Zero-padding with grouping follows
// CPython's algorithm, which can make the result one character wider than requested rather
// than start with a separator.
//
// Parsing follows int() and float(): Unicode whitespace around the literal, any Unicode
// decimal digit (full-width digits typed on a Japanese keyboard included), underscores only
// between digits, and the 4300-digit limit on decimal conversions.
//
// # Known differences from CPython
//
//   - The 'n' presentation type uses the C locale (no grouping), which is what CPython does
//     unless a program calls locale.setlocale.
//   - Widths and precisions above MaxWidth are reported as MemoryError rather than attempted.
//   - Unicode tables are those of the Go release (Unicode 15), as in CPython 3.12; str.isprintable
//     differences against 3.11 are possible for characters added in Unicode 15.
//   - A NaN always formats without a sign, as in CPython; the sign bit of a NaN is ignored.
package pyfmt

import "github.com/asobiba/asobiba/runtime/internal/msgfmt"

// Error is an error the VM should raise as the Python exception named by Type.
type Error struct {
	// Type is the Python exception class name, for example "ValueError".
	Type string
	// Msg is the exception message, worded as CPython words it.
	Msg string
}

// Error returns the message prefixed by the exception type, as a traceback's last line shows it.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func newError(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Msg: msgfmt.Sprintf(format, args...)}
}

func valueError(format string, args ...any) *Error {
	return newError("ValueError", format, args...)
}

// MaxWidth is the largest width or precision this package will produce; CPython would try to
// allocate the memory and usually fail with MemoryError, which is what we report instead.
const MaxWidth = 1 << 26
