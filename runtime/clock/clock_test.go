package clock

import "testing"

func TestVirtualClockMovesOnlyForward(t *testing.T) {
	var c Virtual
	var moves [][3]any
	c.OnAdvance = func(from, to float64, blocking bool) { moves = append(moves, [3]any{from, to, blocking}) }
	if c.Now() != 0 {
		t.Fatalf("new clock reads %v", c.Now())
	}
	c.Advance(1.5)
	c.JumpTo(1.0) // earlier: ignored
	c.JumpTo(4)
	c.Advance(-2) // negative: ignored
	if c.Now() != 4 {
		t.Fatalf("clock reads %v, want 4", c.Now())
	}
	if len(moves) != 2 || moves[0] != [3]any{0.0, 1.5, true} || moves[1] != [3]any{1.5, 4.0, false} {
		t.Fatalf("moves = %v", moves)
	}
}
