package vm

// Charge counts n steps of work that Go code does for the thread (a regular expression's
// backtracking, for example) against the step budget, and polls Cancel when a checkpoint is
// due, as the eval loop does for instructions. It returns the *Stopped error once the run must
// stop; the caller should give up its work and return that error.
func (th *Thread) Charge(n int64) error {
	th.init()
	th.exec.ticks -= n
	if th.exec.ticks <= 0 {
		return th.checkpoint()
	}
	return nil
}
