package engine

// taskTable holds the adapter's taskRecord of every task, indexed by Task.ID, in pages of
// fixed size. A run of a hundred thousand tasks would otherwise grow one slice a quarter at
// a time, allocating and copying its records several times over and leaving the abandoned
// copies to the garbage collector; pages never move.
type taskTable struct {
	pages [][]taskRecord
	n     int // records in the table: IDs below n have one
}

// taskPage is the number of records in one page.
const taskPage = 1024

// get returns the record of id, growing the table up to it; new records have no lane.
func (t *taskTable) get(id int) *taskRecord {
	for t.n <= id {
		if t.n%taskPage == 0 {
			page := make([]taskRecord, taskPage)
			for i := range page {
				page[i].lane = noLane
			}
			t.pages = append(t.pages, page)
		}
		t.n++
	}
	return &t.pages[id/taskPage][id%taskPage]
}

// at returns the record of id, which must be below len.
func (t *taskTable) at(id int) *taskRecord { return &t.pages[id/taskPage][id%taskPage] }

// len returns the number of records.
func (t *taskTable) len() int { return t.n }
