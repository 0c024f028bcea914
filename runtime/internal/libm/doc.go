// Package libm computes the elementary functions the way the C library under CPython does.
//
// CPython's math module, float ** and complex ** call the platform's libm. On the Linux machines
// whose CPython is Asobiba's oracle that is glibc, whose exp, exp2, log, log2, pow, sin, cos, tan,
// atan and atan2 return the correctly rounded result in all but astronomically rare cases. Go's
// math package is accurate to about one unit in the last place, which is not the same thing: a
// learner computing compound interest with 1.05 ** 10 would see a different last digit than
// CPython prints. So this package computes those functions in double-double arithmetic (about 106
// significant bits) and rounds once, which reproduces the correctly rounded value.
//
// Functions that glibc takes from fdlibm rather than computing correctly rounded (log10, sinh,
// cosh, tanh) follow fdlibm's formulas over the correctly rounded exp and log, because that is what
// glibc evaluates.
//
// Special values (NaN, infinities, signed zeros) follow C99 Annex F; they are delegated to Go's
// math package, which implements the same table. Arguments outside the range where the
// double-double reduction is exact (|x| ≥ 2**30 for the trigonometric functions) fall back to Go's
// math package too.
package libm
