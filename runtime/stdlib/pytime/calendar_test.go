package pytime

import "testing"

// TestCivil checks the calendar arithmetic that gmtime and mktime use: known dates, and a
// walk over five thousand years either side of the epoch in which every day follows the
// previous one and converts back to its count.
func TestCivil(t *testing.T) {
	for _, c := range []struct{ days, y, m, d int64 }{
		{0, 1970, 1, 1}, {-1, 1969, 12, 31}, {11016, 2000, 2, 29}, {11017, 2000, 3, 1},
		{-719162, 1, 1, 1}, {2932896, 9999, 12, 31}, {47482, 2100, 1, 1}, {-25567, 1900, 1, 1},
	} {
		if y, m, d := civil(c.days); y != c.y || m != c.m || d != c.d {
			t.Errorf("civil(%d) = %d-%d-%d, want %d-%d-%d", c.days, y, m, d, c.y, c.m, c.d)
		}
		if got := daysFrom(c.y, c.m, c.d); got != c.days {
			t.Errorf("daysFrom(%d, %d, %d) = %d, want %d", c.y, c.m, c.d, got, c.days)
		}
	}
	py, pm, pd := civil(-1826250)
	for days := int64(-1826249); days < 1826250; days++ {
		y, m, d := civil(days)
		next := (y == py && m == pm && d == pd+1) || (y == py && m == pm+1 && d == 1) || (y == py+1 && m == 1 && d == 1 && pm == 12)
		if !next || daysFrom(y, m, d) != days {
			t.Fatalf("day %d is %d-%d-%d after %d-%d-%d (daysFrom gives %d)", days, y, m, d, py, pm, pd, daysFrom(y, m, d))
		}
		py, pm, pd = y, m, d
	}
	if got := daysFrom(2024, 14, 35); got != daysFrom(2025, 3, 7) {
		t.Errorf("daysFrom(2024, 14, 35) = %d, want that of 2025-03-07, %d", got, daysFrom(2025, 3, 7))
	}
}
