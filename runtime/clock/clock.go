// Package clock is Asobiba's virtual clock: a number of seconds that starts at 0.0 and moves
// only when the runtime says so.
//
// Nothing in the runtime reads real time. The event loop jumps the clock to its earliest timer
// when nothing else can run; time.sleep advances it while blocking the caller; the host can
// read it to stamp output. Because time is data, a program that "waits" ten seconds finishes
// at once, and every run of the same program sees exactly the same times.
package clock

// Virtual is a virtual clock. The zero value reads 0.0.
type Virtual struct {
	now float64
	// OnAdvance, when set, is told about every move of the clock: from and to, and whether
	// the move was a blocking call (time.sleep) rather than an idle jump of the event loop.
	OnAdvance func(from, to float64, blocking bool)
}

// Now returns the current virtual time in seconds.
func (c *Virtual) Now() float64 { return c.now }

// Advance moves the clock forward by d seconds on behalf of a blocking call such as
// time.sleep. Negative or NaN durations are ignored (callers validate their arguments).
func (c *Virtual) Advance(d float64) {
	if !(d > 0) {
		return
	}
	from := c.now
	c.now += d
	if c.OnAdvance != nil {
		c.OnAdvance(from, c.now, true)
	}
}

// JumpTo moves the clock to t if t is later than now; the event loop uses it to skip idle
// time until its earliest timer.
func (c *Virtual) JumpTo(t float64) {
	if !(t > c.now) {
		return
	}
	from := c.now
	c.now = t
	if c.OnAdvance != nil {
		c.OnAdvance(from, c.now, false)
	}
}
