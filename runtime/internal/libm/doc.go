// Package libm computes the elementary functions of C's math library the way the GNU C
// library rounds them: to the nearest double in all but vanishingly rare cases.
//
// Go's math package is accurate to a unit or so in the last place, so a program that prints
// math.sin(2) or 8 ** (1/3) shows different last digits than CPython, whose float functions
// are glibc's. Each function here starts from Go's result or a reduced argument, redoes the
// work in double-double arithmetic (about 106 bits) and rounds once, which lands on the
// double nearest the exact value unless that value lies within about 1e-30 of a rounding
// boundary.
package libm
