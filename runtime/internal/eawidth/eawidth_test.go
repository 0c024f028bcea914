package eawidth

import "testing"

func TestRune(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want int
	}{
		{'a', 1}, {'é', 1}, {'あ', 2}, {'漢', 2}, {'Ａ', 2}, {'ｱ', 1}, {'😀', 2}, {'\u3000', 2}, {0x10FFFF, 1},
	} {
		if got := Rune(c.r); got != c.want {
			t.Errorf("Rune(%q) = %d, want %d", c.r, got, c.want)
		}
	}
	if got := Runes([]rune("x[\"キー\"]")); got != 9 {
		t.Errorf("Runes = %d, want 9", got)
	}
}
